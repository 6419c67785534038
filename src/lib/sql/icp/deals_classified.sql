-- deals_classified: every deal with its account's ICP classification frozen at the deal's creation:
-- icp_version = icp_version_at(created_at), and tier/is_icp from account_fit under that version.
-- A deal whose account_id is NULL or not in accounts keeps its row: tier 'unknown', is_icp false,
-- account_known false.
CREATE OR REPLACE VIEW deals_classified AS
WITH versioned AS (
	SELECT d.*, icp_version_at(d.created_at) AS icp_version
	FROM deals d
)
SELECT
	v.*,
	coalesce(f.tier, 'unknown') AS tier,
	coalesce(f.is_icp, false) AS is_icp,
	f.account_id IS NOT NULL AS account_known
FROM versioned v
LEFT JOIN account_fit f ON f.account_id = v.account_id AND f.version = v.icp_version;
