-- Leads with an account per created month and ICP group, and how many became a deal within
-- $1 days (the deal's created_at at most $1 days after the lead's). A lead whose deal_id names no
-- deal in the data counts as converted. Leads without a known account are their own group and left out.
SELECT
	strftime(l.created_at, '%Y-%m') AS month,
	coalesce(l.is_icp, false) AS is_icp,
	count(*) AS leads,
	count(*) FILTER (
		WHERE l.deal_id IS NOT NULL AND (d.deal_id IS NULL OR date_diff('day', l.created_at, d.created_at) <= $1)
	) AS converted
FROM leads_classified l
LEFT JOIN deals d ON d.deal_id = l.deal_id
WHERE l.account_known
GROUP BY ALL
ORDER BY month, is_icp
