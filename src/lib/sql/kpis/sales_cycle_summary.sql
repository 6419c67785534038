-- sales_cycle_summary: cycle days (sales_cycle_deals.sql) of deals closed in each report period
-- ('current', 'previous') per icp_group x status (won and lost apart), in one pass twice grouped:
-- over the whole period (month NULL) and per close month. n, median and quartiles
-- (quantile_cont, type 7), mean.
CREATE OR REPLACE VIEW sales_cycle_summary AS
SELECT
	p.period,
	strftime(d.close_month, '%Y-%m') AS month,
	d.icp_group,
	d.status,
	count(*) AS n,
	quantile_cont(d.cycle_days, 0.5) AS median_days,
	quantile_cont(d.cycle_days, 0.25) AS p25_days,
	quantile_cont(d.cycle_days, 0.75) AS p75_days,
	avg(d.cycle_days) AS mean_days
FROM sales_cycle_deals d
JOIN report_period_months p ON p.month = d.close_month
GROUP BY GROUPING SETS ((p.period, d.icp_group, d.status), (p.period, d.close_month, d.icp_group, d.status));
