-- tier_transitions: how accounts move between tiers from definition X ($1 source, $2 version) to
-- definition Y ($3 source, $4 version) of icp_editor_compare_fit: one row per (tier_x, tier_y) pair
-- with the number of accounts.
SELECT x.tier AS tier_x, y.tier AS tier_y, count(*) AS accounts
FROM icp_editor_compare_fit x
JOIN icp_editor_compare_fit y ON y.account_id = x.account_id AND y.source = $3 AND y.version = $4
WHERE x.source = $1 AND x.version = $2
GROUP BY x.tier, y.tier;
