-- customer_month_flows: per revenue month x icp_group, over customers in scope (customer_month_states.sql):
--   at_risk: customers paying in the month before (the denominator of monthly churn)
--   churned: of those, customers not paying in this month            -> monthly churn = churned / at_risk
--   paying:  customers paying in this month; mrr: their mrr          -> ARPA = mrr / paying
-- Every lapse counts, including a second lapse after a customer came back (churn per customer-month).
CREATE OR REPLACE VIEW customer_month_flows AS
SELECT
	month,
	icp_group,
	count(*) FILTER (WHERE paid_before) AS at_risk,
	count(*) FILTER (WHERE paid_before AND mrr IS NULL) AS churned,
	count(mrr) AS paying,
	coalesce(sum(mrr), 0) AS mrr
FROM customer_month_states
GROUP BY month, icp_group;
