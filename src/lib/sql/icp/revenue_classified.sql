-- revenue_classified: every revenue row with its account's ICP classification under the version in
-- force at the customer's start: the account's first month with mrr > 0 (an account that never had
-- mrr > 0: its first month with a row), or the version chosen in icp_settings. One classification per
-- account, so a customer's months never change tier. Accounts missing from accounts: tier 'unknown'.
CREATE OR REPLACE VIEW revenue_classified AS
WITH customer_start AS (
	SELECT account_id, coalesce(min(month) FILTER (WHERE mrr > 0), min(month)) AS start_month
	FROM revenue
	GROUP BY account_id
),
customer_version AS (
	SELECT account_id, icp_version_at(start_month) AS icp_version
	FROM customer_start
)
SELECT
	r.*,
	c.icp_version,
	coalesce(f.tier, 'unknown') AS tier,
	coalesce(f.is_icp, false) AS is_icp,
	f.account_id IS NOT NULL AS account_known
FROM revenue r
JOIN customer_version c ON c.account_id = r.account_id
LEFT JOIN account_fit f ON f.account_id = r.account_id AND f.version = c.icp_version;
