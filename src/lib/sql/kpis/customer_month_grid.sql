-- customer_month_grid: one row per revenue month x customer (customer_lifetimes.sql) from its start
-- month on: mrr in the month (NULL when not paying), whether it paid the month before, and its mrr
-- 12 months before (NULL when not paying then; the opening mrr of retention_windows.sql).
-- Reads no filter, so prepareDatabase freezes it once per classification (customer_month_states.sql filters it).
CREATE OR REPLACE VIEW customer_month_grid AS
WITH months AS (
	SELECT m.month::DATE AS month
	FROM data_bounds b, range(b.revenue_start_month, b.revenue_end_month + INTERVAL 1 MONTH, INTERVAL 1 MONTH) AS m(month)
)
SELECT
	mo.month,
	c.account_id,
	c.icp_group,
	this_month.mrr,
	last_month.mrr IS NOT NULL AS paid_before,
	year_before.mrr AS mrr_year_before
FROM months mo
JOIN customer_lifetimes c ON c.start_month <= mo.month
LEFT JOIN customer_mrr this_month ON this_month.account_id = c.account_id AND this_month.month = mo.month
LEFT JOIN customer_mrr last_month ON last_month.account_id = c.account_id AND last_month.month = (mo.month - INTERVAL 1 MONTH)::DATE
LEFT JOIN customer_mrr year_before ON year_before.account_id = c.account_id AND year_before.month = (mo.month - INTERVAL 12 MONTH)::DATE;
