-- retention_windows: 12-month retention per icp_group ending in each month of the current period
-- and in the last month of each report period (clipped to the last revenue month), where the revenue
-- data reaches 12 months back. Opening cohort = customers in scope with mrr > 0 in the start month (end_month - 12
-- months); customers who start later are not in it. Read from customer_month_states.sql, whose
-- mrr_year_before is the opening mrr.
--   cohort_logos, retained_logos: cohort size, and those with mrr > 0 in end_month
--   start_mrr:    the cohort's mrr in the start month
--   end_mrr:      the cohort's mrr in end_month (expansion included)      -> NRR = end_mrr / start_mrr
--   retained_mrr: sum of least(end mrr or 0, start mrr) per customer       -> GRR = retained_mrr / start_mrr <= 1
-- Logo retention = retained_logos / cohort_logos (customers who lapsed and came back by end_month
-- count as retained: this is a point-in-time comparison). retention.ts reads the monthly series and
-- each period's value (the window ending in its last month) from these rows.
CREATE OR REPLACE VIEW retention_windows AS
WITH end_months AS (
	SELECT DISTINCT w.end_month
	FROM (
		SELECT month AS end_month FROM report_period_months WHERE period = 'current'
		UNION ALL
		SELECT least(p.to_month, b.revenue_end_month) FROM report_periods p, data_bounds b
	) w, data_bounds b
	WHERE w.end_month >= (b.revenue_start_month + INTERVAL 12 MONTH)::DATE AND w.end_month <= b.revenue_end_month
)
SELECT
	e.end_month,
	s.icp_group,
	count(*) AS cohort_logos,
	count(s.mrr) AS retained_logos,
	sum(s.mrr_year_before) AS start_mrr,
	coalesce(sum(s.mrr), 0) AS end_mrr,
	sum(least(coalesce(s.mrr, 0), s.mrr_year_before)) AS retained_mrr
FROM end_months e
JOIN customer_month_states s ON s.month = e.end_month
WHERE s.mrr_year_before IS NOT NULL
GROUP BY e.end_month, s.icp_group;
