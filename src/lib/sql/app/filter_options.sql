-- The values the filter bar offers: deal owners, lead channels, and the first and last month of
-- the data (data_bounds), which period presets count from. One row per (kind, value).
SELECT 'owner' AS kind, owner AS value FROM (SELECT DISTINCT owner FROM deals WHERE owner IS NOT NULL)
UNION ALL
SELECT 'channel', channel FROM (SELECT DISTINCT channel FROM leads WHERE channel IS NOT NULL)
UNION ALL
SELECT 'firstMonth', strftime(data_start_month, '%Y-%m') FROM data_bounds
UNION ALL
SELECT 'lastMonth', strftime(data_end_month, '%Y-%m') FROM data_bounds
ORDER BY kind, value
