-- account_fit_rows: one account's ($1 = account_id) score, tier and matched / failed criteria under each
-- version of the installed ICP, versions in definition order.
SELECT f.version, f.score, f.tier, f.matched, f.failed
FROM account_fit f
JOIN icp_versions v ON v.version = f.version
WHERE f.account_id = $1
ORDER BY v.position;
