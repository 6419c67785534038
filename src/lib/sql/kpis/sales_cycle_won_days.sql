-- sales_cycle_won_days: one row per won deal closed in the current period: icp_group and
-- cycle_days. The only per-deal rows sent to TypeScript: the bootstrap of the ICP - non-ICP
-- difference of median won cycle resamples them.
CREATE OR REPLACE VIEW sales_cycle_won_days AS
SELECT d.icp_group, d.cycle_days
FROM sales_cycle_deals d
JOIN report_periods p ON p.period = 'current' AND d.closed_at >= p.from_month AND d.closed_at < p.end_exclusive
WHERE d.status = 'won';
