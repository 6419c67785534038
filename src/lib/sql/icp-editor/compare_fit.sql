-- icp_editor_compare_fit: each account's tier under every version of the two definitions the editor
-- compares, materialized once so the comparison queries read a table:
--   source 'applied': account_fit, the definition every panel uses now;
--   source 'saved':   the saved placeholder (in double braces): account_fit as the definition saved
--                     in the browser computes it (compileIcpRules' SELECT), or no rows when it
--                     equals the applied one.
CREATE OR REPLACE TABLE icp_editor_compare_fit AS
SELECT 'applied' AS source, account_id, version, tier
FROM account_fit
UNION ALL
SELECT 'saved' AS source, account_id, version, tier
FROM ({{saved}}) saved;
