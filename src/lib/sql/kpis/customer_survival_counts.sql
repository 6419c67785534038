-- customer_survival_counts: Kaplan-Meier input for customer lifetime in months, per icp_group x
-- time. Cohort: customers in scope whose start month is in the current period. Churn is the event
-- at date_diff(month, start_month, churn_month) (the number of paying months); a customer who never
-- lapsed is censored at date_diff(month, start_month, revenue_end_month): known to have paid
-- beyond that many months, fate after the last revenue month unknown.
CREATE OR REPLACE VIEW customer_survival_counts AS
WITH cohort AS (
	SELECT
		c.icp_group,
		date_diff('month', c.start_month, coalesce(c.churn_month, b.revenue_end_month)) AS months,
		c.churn_month IS NOT NULL AS churned
	FROM customers_in_scope c
	JOIN report_periods p ON p.period = 'current' AND c.start_month >= p.from_month AND c.start_month < p.end_exclusive
	CROSS JOIN data_bounds b
)
SELECT
	icp_group,
	months AS time,
	count(*) FILTER (WHERE churned) AS events,
	count(*) FILTER (WHERE NOT churned) AS censored
FROM cohort
GROUP BY icp_group, months;
