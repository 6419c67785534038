-- backtest_win_rates: the won and lost deals of ICP and non-ICP accounts over all closed deals (status
-- won or lost, whenever closed) if every deal's account had been classified by definition X ($1 source,
-- $2 version of icp_editor_compare_fit), and by definition Y ($3, $4). One row per side ('x', 'y') and
-- icp_group: 'icp' (tier A or B), 'non_icp' (tier C or out), 'unknown' (account missing from accounts),
-- the grouping of deals_in_scope.icp_group.
WITH sides AS (
	SELECT 'x' AS side, CAST($1 AS VARCHAR) AS source, CAST($2 AS VARCHAR) AS version
	UNION ALL
	SELECT 'y', CAST($3 AS VARCHAR), CAST($4 AS VARCHAR)
),
closed AS (
	SELECT account_id, status = 'won' AS won
	FROM deals
	WHERE status IN ('won', 'lost')
)
SELECT
	s.side,
	CASE WHEN f.tier IS NULL THEN 'unknown' WHEN f.tier IN ('A', 'B') THEN 'icp' ELSE 'non_icp' END AS icp_group,
	count(*) FILTER (WHERE d.won) AS won,
	count(*) FILTER (WHERE NOT d.won) AS lost
FROM sides s
CROSS JOIN closed d
LEFT JOIN icp_editor_compare_fit f ON f.source = s.source AND f.version = s.version AND f.account_id = d.account_id
GROUP BY s.side, icp_group;
