-- Closed deals per close month and ICP group (deals of unknown accounts count as non-ICP):
-- won and lost counts, the input of the win-rate erosion trigger (windowed interval and CUSUM).
SELECT
	strftime(closed_at, '%Y-%m') AS month,
	coalesce(is_icp, false) AS is_icp,
	count(*) FILTER (WHERE status = 'won') AS won,
	count(*) FILTER (WHERE status = 'lost') AS lost
FROM deals_classified
WHERE status IN ('won', 'lost') AND closed_at IS NOT NULL
GROUP BY ALL
ORDER BY month, is_icp
