-- cltv_historical: realised CLTV by cohort age. Customers in scope whose start month is in the
-- current period; for each age k = 0 .. (last revenue month - start) months, each customer's
-- cumulative revenue from its start month through month start + k (lapsed months count 0, revenue
-- after a comeback counts), times report_settings.gross_margin. Per icp_group x age:
--   customers (those old enough to be observed at age k), historical_cltv = mean, historical_cltv_sd =
--   sample standard deviation across customers (for a normal interval of the mean).
CREATE OR REPLACE VIEW cltv_historical AS
WITH cohort AS (
	SELECT c.account_id, c.icp_group, c.start_month, b.revenue_end_month
	FROM customers_in_scope c
	JOIN report_periods p ON p.period = 'current' AND c.start_month >= p.from_month AND c.start_month < p.end_exclusive
	CROSS JOIN data_bounds b
),
ages AS (
	SELECT account_id, icp_group, start_month, unnest(range(0, date_diff('month', start_month, revenue_end_month) + 1)) AS age
	FROM cohort
),
cumulative AS (
	SELECT
		a.icp_group,
		a.age,
		sum(coalesce(m.mrr, 0)) OVER (PARTITION BY a.account_id ORDER BY a.age) AS revenue_to_date
	FROM ages a
	LEFT JOIN customer_mrr m ON m.account_id = a.account_id AND m.month = a.start_month + to_months(a.age)
)
SELECT
	c.icp_group,
	c.age AS months_since_start,
	count(*) AS customers,
	avg(c.revenue_to_date) * s.gross_margin AS historical_cltv,
	stddev_samp(c.revenue_to_date) * s.gross_margin AS historical_cltv_sd
FROM cumulative c, report_settings s
GROUP BY c.icp_group, c.age, s.gross_margin;
