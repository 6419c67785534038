-- customer_month_states: one row per revenue month x customer in scope (customers_in_scope.sql)
-- from its start month on: mrr in the month (NULL when not paying) and whether it paid the month
-- before. The grain of customer_month_flows.sql and cltv_period.sql.
CREATE OR REPLACE VIEW customer_month_states AS
WITH months AS (
	SELECT m.month::DATE AS month
	FROM data_bounds b, range(b.revenue_start_month, b.revenue_end_month + INTERVAL 1 MONTH, INTERVAL 1 MONTH) AS m(month)
)
SELECT
	mo.month,
	c.account_id,
	c.icp_group,
	this_month.mrr,
	last_month.mrr IS NOT NULL AS paid_before
FROM months mo
JOIN customers_in_scope c ON c.start_month <= mo.month
LEFT JOIN customer_mrr this_month ON this_month.account_id = c.account_id AND this_month.month = mo.month
LEFT JOIN customer_mrr last_month ON last_month.account_id = c.account_id AND last_month.month = (mo.month - INTERVAL 1 MONTH)::DATE;
