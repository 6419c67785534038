-- cltv_period: inputs of the predictive CLTV per report period ('current', 'previous') x icp_group,
-- summed over the period's revenue months (customer_month_flows.sql):
--   at_risk, churned -> monthly churn = churned / at_risk
--   paying_months, mrr -> ARPA = mrr / paying_months (average mrr per paying customer-month)
--   customers: distinct customers paying in the period (the n checked against min_sample)
-- CLTV = ARPA x gross margin / max(churn, churn_floor), computed in TypeScript with the Wilson interval of churn.
CREATE OR REPLACE VIEW cltv_period AS
WITH flows AS (
	SELECT p.period, f.icp_group, sum(f.at_risk) AS at_risk, sum(f.churned) AS churned, sum(f.paying) AS paying_months, sum(f.mrr) AS mrr
	FROM customer_month_flows f
	JOIN report_periods p ON f.month >= p.from_month AND f.month < p.end_exclusive
	GROUP BY p.period, f.icp_group
),
customers AS (
	SELECT p.period, c.icp_group, count(DISTINCT c.account_id) AS customers
	FROM customers_in_scope c
	JOIN customer_mrr m ON m.account_id = c.account_id
	JOIN report_periods p ON m.month >= p.from_month AND m.month < p.end_exclusive
	GROUP BY p.period, c.icp_group
)
SELECT f.period, f.icp_group, f.at_risk, f.churned, f.paying_months, f.mrr, coalesce(c.customers, 0) AS customers
FROM flows f
LEFT JOIN customers c ON c.period = f.period AND c.icp_group = f.icp_group;
