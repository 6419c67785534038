-- retention_cohorts: the cohort table behind the retention heatmap. Cohort = customers in scope by
-- start month (first month with mrr > 0, within the current period) x icp_group; for each age
-- months_since_start = 0 .. up to the last revenue month:
--   cohort_size, active (customers with mrr > 0 at that age), mrr (their mrr at that age) and
--   start_mrr (the cohort's mrr in its start month). Logo retention = active / cohort_size;
--   revenue retention = mrr / start_mrr.
CREATE OR REPLACE VIEW retention_cohorts AS
WITH cohort AS (
	SELECT c.account_id, c.icp_group, c.start_month, opening.mrr AS start_mrr, b.revenue_end_month
	FROM customers_in_scope c
	JOIN customer_mrr opening ON opening.account_id = c.account_id AND opening.month = c.start_month
	JOIN report_periods p ON p.period = 'current' AND c.start_month >= p.from_month AND c.start_month < p.end_exclusive
	CROSS JOIN data_bounds b
),
ages AS (
	SELECT *, unnest(range(0, date_diff('month', start_month, revenue_end_month) + 1)) AS months_since_start
	FROM cohort
)
SELECT
	strftime(a.start_month, '%Y-%m') AS start_month,
	a.icp_group,
	a.months_since_start,
	count(*) AS cohort_size,
	count(m.mrr) AS active,
	coalesce(sum(m.mrr), 0) AS mrr,
	sum(a.start_mrr) AS start_mrr
FROM ages a
LEFT JOIN customer_mrr m ON m.account_id = a.account_id AND m.month = a.start_month + to_months(a.months_since_start)
GROUP BY a.start_month, a.icp_group, a.months_since_start;
