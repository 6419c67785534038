-- accounts_classified: every account with its fit under one version: the version chosen in
-- icp_settings, else the latest (last listed) version. Adds icp_version, score, tier, is_icp, matched,
-- failed; an account column with one of those names (e.g. a CRM "Tier") is left out here, though
-- criteria can still use it (it stays in accounts).
CREATE OR REPLACE VIEW accounts_classified AS
WITH shown AS (
	SELECT COLUMNS(lambda c: lower(c) NOT IN ('icp_version', 'score', 'tier', 'is_icp', 'matched', 'failed'))
	FROM accounts
)
SELECT s.*, f.version AS icp_version, f.score, f.tier, f.is_icp, f.matched, f.failed
FROM shown s
JOIN account_fit f ON f.account_id = s.account_id
WHERE f.version = coalesce(
	(SELECT classify_by FROM icp_settings),
	(SELECT arg_max(version, position) FROM icp_versions)
);
