-- Customer-months per revenue month and ICP group, the inputs of CLTV = ARPA / monthly logo churn:
-- customer_months (rows with mrr > 0), the sum and sum of squares of their mrr (ARPA and its
-- variance), at_risk (customer-months whose next month is inside the data) and churned (of those,
-- the ones not paying the next month). Accounts missing from accounts count as non-ICP.
WITH paying AS (
	SELECT account_id, month, sum(mrr) AS mrr FROM revenue GROUP BY ALL HAVING sum(mrr) > 0
),
last_revenue AS (
	SELECT max(month) AS month FROM revenue
)
SELECT
	strftime(p.month, '%Y-%m') AS month,
	coalesce(a.is_icp, false) AS is_icp,
	count(*) AS customer_months,
	sum(p.mrr) AS mrr_sum,
	sum(p.mrr * p.mrr) AS mrr_sum_squares,
	count(*) FILTER (WHERE p.month < (SELECT month FROM last_revenue)) AS at_risk,
	count(*) FILTER (WHERE p.month < (SELECT month FROM last_revenue) AND next.account_id IS NULL) AS churned
FROM paying p
LEFT JOIN paying next ON next.account_id = p.account_id AND next.month = (p.month + INTERVAL 1 MONTH)::DATE
LEFT JOIN accounts_classified a ON a.account_id = p.account_id
GROUP BY ALL
ORDER BY month, is_icp
