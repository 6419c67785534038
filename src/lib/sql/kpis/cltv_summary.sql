-- cltv_summary: inputs of the churn-based CLTV over customer_month_states.sql, in one pass twice
-- grouped by icp_group:
--   per revenue month (period NULL): the month's flows, for the monthly series of trailing
--     12-month sums (summed in cltv.ts)
--   per report period ('current', 'previous'; month NULL) over the period's revenue months; rows
--     with both NULL gather the months outside both periods and are not used
--   at_risk: customers paying in the month before; churned: of those, not paying in this month
--     -> monthly churn = churned / at_risk (every lapse counts, also a second one after a comeback)
--   paying_months, mrr -> ARPA = mrr / paying_months (average mrr per paying customer-month)
--   customers: distinct customers paying in the month / period (the n checked against min_sample)
-- CLTV = ARPA x gross margin / max(churn, churn_floor), computed in TypeScript with the Wilson interval of churn.
CREATE OR REPLACE VIEW cltv_summary AS
SELECT
	p.period,
	strftime(s.month, '%Y-%m') AS month,
	s.icp_group,
	count(*) FILTER (WHERE s.paid_before) AS at_risk,
	count(*) FILTER (WHERE s.paid_before AND s.mrr IS NULL) AS churned,
	count(s.mrr) AS paying_months,
	coalesce(sum(s.mrr), 0) AS mrr,
	count(DISTINCT s.account_id) FILTER (WHERE s.mrr IS NOT NULL) AS customers
FROM customer_month_states s
LEFT JOIN report_period_months p ON p.month = s.month
GROUP BY GROUPING SETS ((s.month, s.icp_group), (p.period, s.icp_group));
