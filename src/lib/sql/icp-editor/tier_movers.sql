-- tier_movers: the accounts whose tier differs between definition X ($1 source, $2 version) and Y
-- ($3 source, $4 version), the biggest moves first (tiers ranked A, B, C, out), then by name; at most 100.
SELECT x.account_id, a.name, x.tier AS tier_x, y.tier AS tier_y
FROM icp_editor_compare_fit x
JOIN icp_editor_compare_fit y ON y.account_id = x.account_id AND y.source = $3 AND y.version = $4
JOIN accounts a ON a.account_id = x.account_id
WHERE x.source = $1 AND x.version = $2 AND x.tier <> y.tier
ORDER BY
	abs(list_position(['A', 'B', 'C', 'out'], x.tier) - list_position(['A', 'B', 'C', 'out'], y.tier)) DESC,
	a.name,
	x.account_id
LIMIT 100;
