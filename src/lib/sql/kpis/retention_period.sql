-- retention_period: per report period ('current', 'previous'), the 12-month retention window that
-- ends in the period's last month (or in the last revenue month when the period runs past it):
-- retention_windows.sql's counts for that end month.
CREATE OR REPLACE VIEW retention_period AS
SELECT
	p.period,
	strftime(w.end_month, '%Y-%m') AS end_month,
	w.icp_group,
	w.cohort_logos,
	w.retained_logos,
	w.start_mrr,
	w.end_mrr,
	w.retained_mrr
FROM report_periods p
CROSS JOIN data_bounds b
JOIN retention_windows w ON w.end_month = least(p.to_month, b.revenue_end_month);
