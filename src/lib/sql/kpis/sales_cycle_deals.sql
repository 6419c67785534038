-- sales_cycle_deals: deals in scope whose cycle can be measured: won or lost with closed_at on or
-- after created_at. cycle_days = closed_at - created_at (calendar days). Deals closed before they
-- were created are inconsistent data and left out of every sales-cycle figure.
CREATE OR REPLACE VIEW sales_cycle_deals AS
SELECT *
FROM deals_in_scope
WHERE status IN ('won', 'lost') AND closed_at IS NOT NULL AND closed_at >= created_at;
