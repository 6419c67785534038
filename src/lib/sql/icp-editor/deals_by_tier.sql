-- deals_by_tier: deals per tier as every KPI classifies them (deals_classified: the account's tier under
-- the version in force when the deal was created, or under the version chosen for all history; 'unknown'
-- when the deal's account is missing), with how many are closed (won or lost) and won.
SELECT
	tier,
	count(*) AS deals,
	count(*) FILTER (WHERE status IN ('won', 'lost')) AS closed,
	count(*) FILTER (WHERE status = 'won') AS won
FROM deals_classified
GROUP BY tier;
