-- What new pipeline is made of, per created month: counts per bin of the ICP tier mix of new deals
-- and new leads, and of the industry, size band and region of new deals' accounts. Deals whose
-- account is unknown fall in the bin 'unknown'; leads with no (known) account in 'no account'.
-- Size bands by employees: 1-49, 50-199, 200-999, 1000+.
WITH deal_accounts AS (
	SELECT d.created_at, d.tier, a.industry, a.employees, a.region
	FROM deals_classified d
	LEFT JOIN accounts a ON a.account_id = d.account_id
)
SELECT 'deals' AS source, 'tier' AS dimension, strftime(created_at, '%Y-%m') AS month, coalesce(tier, 'unknown') AS bin, count(*) AS n
FROM deal_accounts GROUP BY ALL
UNION ALL
SELECT 'deals', 'industry', strftime(created_at, '%Y-%m'), coalesce(nullif(trim(industry), ''), 'unknown'), count(*)
FROM deal_accounts GROUP BY ALL
UNION ALL
SELECT 'deals', 'size', strftime(created_at, '%Y-%m'),
	CASE
		WHEN employees IS NULL THEN 'unknown'
		WHEN employees < 50 THEN '1-49'
		WHEN employees < 200 THEN '50-199'
		WHEN employees < 1000 THEN '200-999'
		ELSE '1000+'
	END,
	count(*)
FROM deal_accounts GROUP BY ALL
UNION ALL
SELECT 'deals', 'region', strftime(created_at, '%Y-%m'), coalesce(nullif(trim(region), ''), 'unknown'), count(*)
FROM deal_accounts GROUP BY ALL
UNION ALL
SELECT 'leads', 'tier', strftime(created_at, '%Y-%m'), CASE WHEN tier IN ('A', 'B', 'C', 'out') THEN tier ELSE 'no account' END, count(*)
FROM leads_classified GROUP BY ALL
ORDER BY source, dimension, month, bin
