-- sales_cycle_by_month: per close month of the current period x icp_group x status, n and the
-- median / p25 / p75 of cycle_days = closed_at - created_at (as in sales_cycle_period.sql).
CREATE OR REPLACE VIEW sales_cycle_by_month AS
SELECT
	strftime(d.close_month, '%Y-%m') AS month,
	d.icp_group,
	d.status,
	count(*) AS n,
	quantile_cont(d.cycle_days, 0.5) AS median_days,
	quantile_cont(d.cycle_days, 0.25) AS p25_days,
	quantile_cont(d.cycle_days, 0.75) AS p75_days
FROM sales_cycle_deals d
JOIN report_periods p ON p.period = 'current' AND d.closed_at >= p.from_month AND d.closed_at < p.end_exclusive
GROUP BY d.close_month, d.icp_group, d.status;
