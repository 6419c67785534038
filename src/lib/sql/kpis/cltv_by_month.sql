-- cltv_by_month: per month of the current period x icp_group, customer_month_flows.sql summed over
-- the trailing 12 months ending in that month (fewer at the start of the revenue data), the inputs
-- of a churn-based CLTV series steady enough for a sparkline. customers = customers paying in the
-- month itself, the n checked against min_sample.
CREATE OR REPLACE VIEW cltv_by_month AS
WITH windowed AS (
	SELECT
		month,
		icp_group,
		sum(at_risk) OVER w AS at_risk,
		sum(churned) OVER w AS churned,
		sum(paying) OVER w AS paying_months,
		sum(mrr) OVER w AS mrr,
		paying AS customers
	FROM customer_month_flows
	WINDOW w AS (PARTITION BY icp_group ORDER BY month RANGE BETWEEN INTERVAL 11 MONTH PRECEDING AND CURRENT ROW)
)
SELECT strftime(t.month, '%Y-%m') AS month, t.icp_group, t.at_risk, t.churned, t.paying_months, t.mrr, t.customers
FROM windowed t
JOIN report_periods p ON p.period = 'current' AND t.month >= p.from_month AND t.month < p.end_exclusive;
