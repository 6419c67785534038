-- The values the filter bar offers: deal owners, lead channels and the data's last month
-- (period presets count back from it). One row per (kind, value).
SELECT 'owner' AS kind, owner AS value FROM (SELECT DISTINCT owner FROM deals WHERE owner IS NOT NULL)
UNION ALL
SELECT 'channel', channel FROM (SELECT DISTINCT channel FROM leads WHERE channel IS NOT NULL)
UNION ALL
SELECT 'lastMonth', strftime(max(d), '%Y-%m') FROM (
	SELECT max(coalesce(closed_at, created_at)) AS d FROM deals
	UNION ALL SELECT max(month) FROM revenue
	UNION ALL SELECT max(created_at) FROM leads
)
ORDER BY kind, value
