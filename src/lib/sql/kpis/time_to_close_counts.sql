-- time_to_close_counts: Kaplan-Meier input for time to close, per icp_group x time (days since
-- created_at). Cohort: deals in scope created in the current period. A deal closed (won or lost)
-- is an event at closed_at - created_at; an open deal is censored at data_bounds.deals_end_date -
-- created_at. Won/lost deals without a usable closed_at (missing, or before created_at) are left out.
CREATE OR REPLACE VIEW time_to_close_counts AS
WITH cohort AS (
	SELECT
		d.icp_group,
		CASE WHEN d.status = 'open' THEN b.deals_end_date - d.created_at ELSE d.cycle_days END AS days,
		d.status <> 'open' AS closed
	FROM deals_in_scope d
	JOIN report_periods p ON p.period = 'current' AND d.created_at >= p.from_month AND d.created_at < p.end_exclusive
	CROSS JOIN data_bounds b
	WHERE d.status = 'open' OR (d.status IN ('won', 'lost') AND d.closed_at >= d.created_at)
)
SELECT
	icp_group,
	days AS time,
	count(*) FILTER (WHERE closed) AS events,
	count(*) FILTER (WHERE NOT closed) AS censored
FROM cohort
GROUP BY icp_group, days;
