-- Trailing 12-month logo retention per month m and ICP group: of the accounts paying (mrr > 0) in
-- month m − 12, how many still pay in month m. Months run up to the last revenue month; accounts
-- missing from accounts count as non-ICP.
WITH paying AS (
	SELECT account_id, month FROM revenue GROUP BY ALL HAVING sum(mrr) > 0
),
last_revenue AS (
	SELECT max(month) AS month FROM revenue
),
snapshot AS (
	SELECT p.account_id, (p.month + INTERVAL 12 MONTH)::DATE AS measured_month, coalesce(a.is_icp, false) AS is_icp
	FROM paying p
	LEFT JOIN accounts_classified a ON a.account_id = p.account_id
	WHERE (p.month + INTERVAL 12 MONTH)::DATE <= (SELECT month FROM last_revenue)
)
SELECT
	strftime(s.measured_month, '%Y-%m') AS month,
	s.is_icp,
	count(*) AS customers,
	count(later.account_id) AS retained
FROM snapshot s
LEFT JOIN paying later ON later.account_id = s.account_id AND later.month = s.measured_month
GROUP BY ALL
ORDER BY month, is_icp
