-- accounts_by_tier: how many accounts fall in each tier ('A', 'B', 'C', 'out') under each version of the
-- installed ICP (account_fit has one row per account × version). Versions in definition order.
SELECT f.version, f.tier, count(*) AS accounts
FROM account_fit f
JOIN icp_versions v ON v.version = f.version
GROUP BY v.position, f.version, f.tier
ORDER BY v.position, f.tier;
