-- The months the data covers: first_month = the earliest created or revenue month, last_month =
-- the month of the latest date in any table (docs/data-model.md "data end date"), and
-- cycle_p90_days = the 90th percentile of closed deals' created-to-closed days, which sets how
-- long the data's start is under-filled (an export that starts on a date holds only the fast
-- deals among its first months' closes).
SELECT
	strftime(min(first_day), '%Y-%m') AS first_month,
	strftime(max(last_day), '%Y-%m') AS last_month,
	max(last_day)::VARCHAR AS last_date,
	(
		SELECT quantile_cont(date_diff('day', created_at, closed_at), 0.9)
		FROM deals
		WHERE status IN ('won', 'lost') AND closed_at >= created_at
	) AS cycle_p90_days
FROM (
	SELECT min(created_at) AS first_day, greatest(max(created_at), max(closed_at)) AS last_day FROM deals
	UNION ALL
	SELECT min(created_at), greatest(max(created_at), max(mql_at), max(sql_at)) FROM leads
	UNION ALL
	SELECT min(month), max(month) FROM revenue
)
