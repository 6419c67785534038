-- Test oracle for the sample generator: version 2 of the default ICP (data/icp.json) written by hand
-- as one CASE, independent of the TypeScript evaluator and of the app's ICP compiler.
-- tier = 'out' unless every must passes and the exclude does not match; then 'A' (score >= 70),
-- 'B' (score >= 40) or 'C'. score = matched nice weight (weights sum to 100). Text compares ignore
-- case and surrounding spaces; a NULL value matches no criterion.
CREATE OR REPLACE VIEW sample_icp_v2 AS
WITH scored AS (
	SELECT
		account_id,
		coalesce(lower(trim(industry)) IN ('software', 'fintech', 'healthcare it'), false)
			AND coalesce(employees BETWEEN 50 AND 1000, false)
			AND coalesce(lower(trim(region)) IN ('north america', 'western europe'), false) AS passes_musts,
		coalesce(lower(trim(ownership)) IN ('government', 'non-profit'), false) AS excluded,
		CASE WHEN EXISTS (SELECT 1 FROM unnest(tech_stack) AS t(tool) WHERE lower(trim(tool)) IN ('salesforce', 'hubspot')) THEN 50 ELSE 0 END
			+ CASE WHEN coalesce(lower(trim(funding_stage)) IN ('series b', 'series c', 'series d+'), false) THEN 30 ELSE 0 END
			+ CASE WHEN coalesce(annual_revenue >= 5000000, false) THEN 20 ELSE 0 END AS score
	FROM accounts
)
SELECT
	account_id,
	score,
	CASE WHEN NOT passes_musts OR excluded THEN 'out' WHEN score >= 70 THEN 'A' WHEN score >= 40 THEN 'B' ELSE 'C' END AS tier,
	passes_musts AND NOT excluded AND score >= 40 AS is_icp
FROM scored;
