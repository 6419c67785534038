-- sales_cycle_period: per report period ('current', 'previous') x icp_group x status ('won', 'lost'),
-- the distribution of cycle_days = closed_at - created_at over deals closed in the period:
-- n, median, p25, p75 (quantile_cont, i.e. linear interpolation, type 7) and mean.
CREATE OR REPLACE VIEW sales_cycle_period AS
SELECT
	p.period,
	d.icp_group,
	d.status,
	count(*) AS n,
	quantile_cont(d.cycle_days, 0.5) AS median_days,
	quantile_cont(d.cycle_days, 0.25) AS p25_days,
	quantile_cont(d.cycle_days, 0.75) AS p75_days,
	avg(d.cycle_days) AS mean_days
FROM sales_cycle_deals d
JOIN report_period_months p ON p.month = d.close_month
GROUP BY p.period, d.icp_group, d.status;
