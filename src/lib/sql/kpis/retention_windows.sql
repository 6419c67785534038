-- retention_windows: 12-month retention per icp_group ending in each revenue month that the revenue
-- data reaches 12 months back from (a few dozen rows: cheaper to compute them all than to plan
-- which ones the report periods need). Opening cohort = customers in scope with mrr > 0 in the
-- start month (end_month - 12 months); customers who start later are not in it. Read from
-- customer_month_states.sql, whose mrr_year_before is the opening mrr.
--   cohort_logos, retained_logos: cohort size, and those with mrr > 0 in end_month
--   start_mrr:    the cohort's mrr in the start month
--   end_mrr:      the cohort's mrr in end_month (expansion included)      -> NRR = end_mrr / start_mrr
--   retained_mrr: sum of least(end mrr or 0, start mrr) per customer       -> GRR = retained_mrr / start_mrr <= 1
--   *_sq, start_x_*: sums of squares and products per customer, for the standard errors of GRR and
--                NRR as ratio estimators (stats/ratioOfSums.ts)
-- Logo retention = retained_logos / cohort_logos (customers who lapsed and came back by end_month
-- count as retained: this is a point-in-time comparison). retention.ts reads the monthly series and
-- each period's value (the window ending in its last month) from these rows.
CREATE OR REPLACE VIEW retention_windows AS
SELECT
	s.month AS end_month,
	s.icp_group,
	count(*) AS cohort_logos,
	count(s.mrr) AS retained_logos,
	sum(s.mrr_year_before) AS start_mrr,
	coalesce(sum(s.mrr), 0) AS end_mrr,
	sum(least(coalesce(s.mrr, 0), s.mrr_year_before)) AS retained_mrr,
	sum(s.mrr_year_before * s.mrr_year_before) AS start_mrr_sq,
	sum(least(coalesce(s.mrr, 0), s.mrr_year_before) ** 2) AS retained_mrr_sq,
	coalesce(sum(s.mrr * s.mrr), 0) AS end_mrr_sq,
	sum(s.mrr_year_before * least(coalesce(s.mrr, 0), s.mrr_year_before)) AS start_x_retained_mrr,
	coalesce(sum(s.mrr_year_before * s.mrr), 0) AS start_x_end_mrr
FROM customer_month_states s
WHERE s.mrr_year_before IS NOT NULL
GROUP BY s.month, s.icp_group;
