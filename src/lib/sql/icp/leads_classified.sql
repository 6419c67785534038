-- leads_classified: every lead with its account's ICP classification under the version in force at
-- the lead's created_at (or the version chosen in icp_settings). A lead with no account, or an
-- account_id not in accounts, is its own group: tier 'no account', is_icp false, account_known false.
CREATE OR REPLACE VIEW leads_classified AS
WITH versioned AS (
	SELECT l.*, icp_version_at(l.created_at) AS icp_version
	FROM leads l
)
SELECT
	v.*,
	coalesce(f.tier, 'no account') AS tier,
	coalesce(f.is_icp, false) AS is_icp,
	f.account_id IS NOT NULL AS account_known
FROM versioned v
LEFT JOIN account_fit f ON f.account_id = v.account_id AND f.version = v.icp_version;
