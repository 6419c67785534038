-- Sales-cycle lengths of won deals (closed_at − created_at, in days) per close month and ICP
-- group, as sorted lists: the cycle trigger pools a window of months and compares medians.
-- INTEGER, not BIGINT: duckdb-wasm with castBigIntToDouble mislabels lists of BIGINT as doubles.
SELECT
	strftime(closed_at, '%Y-%m') AS month,
	coalesce(is_icp, false) AS is_icp,
	list(date_diff('day', created_at, closed_at)::INTEGER ORDER BY date_diff('day', created_at, closed_at)) AS cycle_days
FROM deals_classified
WHERE status = 'won' AND closed_at IS NOT NULL AND closed_at >= created_at
GROUP BY ALL
ORDER BY month, is_icp
