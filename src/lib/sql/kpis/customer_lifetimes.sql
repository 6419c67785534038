-- customer_lifetimes: one row per account that was ever a customer.
--   start_month: first month with mrr > 0
--   churn_month: first month without mrr after a month with mrr, up to revenue_end_month (later
--                months are unknown, not churn); NULL while the customer never lapsed (censored)
--   icp_group / tier: the account's classification on its first paying revenue row
--                (revenue_classified), so a customer is judged by the ICP version in force when it
--                became one; 'unknown' when the account is not in accounts
--   segment: the account's size band (account_segments.sql)
-- Reads no filter, so prepareDatabase freezes it once per classification (customers_in_scope.sql filters it).
CREATE OR REPLACE VIEW customer_lifetimes AS
WITH spells AS (
	SELECT
		account_id,
		month,
		lead(month) OVER (PARTITION BY account_id ORDER BY month) AS next_month
	FROM customer_mrr
),
lifetimes AS (
	SELECT
		s.account_id,
		min(s.month) AS start_month,
		min((s.month + INTERVAL 1 MONTH)::DATE) FILTER (
			WHERE (s.next_month IS NULL OR s.next_month > s.month + INTERVAL 1 MONTH) AND s.month < b.revenue_end_month
		)::DATE AS churn_month
	FROM spells s, data_bounds b
	GROUP BY s.account_id
),
classified AS (
	SELECT account_id, arg_min(is_icp, month) AS is_icp, arg_min(tier, month) AS tier
	FROM revenue_classified
	WHERE mrr > 0
	GROUP BY account_id
)
SELECT
	l.account_id,
	l.start_month,
	l.churn_month,
	CASE
		WHEN s.account_id IS NULL THEN 'unknown'
		WHEN c.is_icp THEN 'icp'
		ELSE 'non_icp'
	END AS icp_group,
	coalesce(c.tier, 'unknown') AS tier,
	coalesce(s.segment, 'Unknown') AS segment
FROM lifetimes l
LEFT JOIN classified c ON c.account_id = l.account_id
LEFT JOIN account_segments s ON s.account_id = l.account_id;
