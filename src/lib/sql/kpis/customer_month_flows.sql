-- customer_month_flows: per revenue month x icp_group, over customers in scope (customers_in_scope.sql):
--   at_risk: customers paying in the month before (the denominator of monthly churn)
--   churned: of those, customers not paying in this month            -> monthly churn = churned / at_risk
--   paying:  customers paying in this month; mrr: their mrr          -> ARPA = mrr / paying
-- Every lapse counts, including a second lapse after a customer came back (churn per customer-month).
CREATE OR REPLACE VIEW customer_month_flows AS
WITH months AS (
	SELECT m.month::DATE AS month
	FROM data_bounds b, range(b.revenue_start_month, b.revenue_end_month + INTERVAL 1 MONTH, INTERVAL 1 MONTH) AS m(month)
),
states AS (
	SELECT
		mo.month,
		c.icp_group,
		this_month.mrr,
		last_month.mrr IS NOT NULL AS paid_before
	FROM months mo
	JOIN customers_in_scope c ON c.start_month <= mo.month
	LEFT JOIN customer_mrr this_month ON this_month.account_id = c.account_id AND this_month.month = mo.month
	LEFT JOIN customer_mrr last_month ON last_month.account_id = c.account_id AND last_month.month = mo.month - INTERVAL 1 MONTH
)
SELECT
	month,
	icp_group,
	count(*) FILTER (WHERE paid_before) AS at_risk,
	count(*) FILTER (WHERE paid_before AND mrr IS NULL) AS churned,
	count(mrr) AS paying,
	coalesce(sum(mrr), 0) AS mrr
FROM states
GROUP BY month, icp_group;
