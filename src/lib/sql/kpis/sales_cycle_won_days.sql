-- sales_cycle_won_days: won deals closed in the current period per icp_group x cycle_days (deals =
-- how many): the whole distribution of the won cycle, as a few hundred rows rather than one per deal,
-- which is all the exact bootstrap of the ICP - non-ICP difference of medians needs.
CREATE OR REPLACE VIEW sales_cycle_won_days AS
SELECT d.icp_group, d.cycle_days, count(*) AS deals
FROM sales_cycle_deals d
JOIN report_periods p ON p.period = 'current' AND d.closed_at >= p.from_month AND d.closed_at < p.end_exclusive
WHERE d.status = 'won'
GROUP BY d.icp_group, d.cycle_days;
