-- cltv_period: inputs of the predictive CLTV per report period ('current', 'previous') x icp_group,
-- over the period's revenue months (customer_month_states.sql, as in customer_month_flows.sql):
--   at_risk, churned -> monthly churn = churned / at_risk
--   paying_months, mrr -> ARPA = mrr / paying_months (average mrr per paying customer-month)
--   customers: distinct customers paying in the period (the n checked against min_sample)
-- CLTV = ARPA x gross margin / max(churn, churn_floor), computed in TypeScript with the Wilson interval of churn.
CREATE OR REPLACE VIEW cltv_period AS
SELECT
	p.period,
	s.icp_group,
	count(*) FILTER (WHERE s.paid_before) AS at_risk,
	count(*) FILTER (WHERE s.paid_before AND s.mrr IS NULL) AS churned,
	count(s.mrr) AS paying_months,
	coalesce(sum(s.mrr), 0) AS mrr,
	count(DISTINCT s.account_id) FILTER (WHERE s.mrr IS NOT NULL) AS customers
FROM customer_month_states s
JOIN report_period_months p ON p.month = s.month
GROUP BY p.period, s.icp_group;
