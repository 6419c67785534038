-- report_periods: the report period ('current') and the period of equal length just before it
-- ('previous'), as inclusive month ranges plus the exclusive end date.
-- current = report_filter.from_month .. to_month, each defaulting to the data's first / last month.
-- A table, rebuilt with the others listed in report_filter.sql whenever the filter or the data
-- changes (setReportFilter, installKpiViews): as a view, planning this date arithmetic inside every
-- KPI query cost more than running the query.
CREATE OR REPLACE TABLE report_periods AS
WITH current_period AS (
	SELECT
		date_trunc('month', coalesce(f.from_month, b.data_start_month))::DATE AS from_month,
		date_trunc('month', coalesce(f.to_month, b.data_end_month))::DATE AS to_month
	FROM report_filter f, data_bounds b
),
sized AS (
	SELECT from_month, to_month, date_diff('month', from_month, to_month) + 1 AS months FROM current_period
)
SELECT 'current' AS period, from_month, to_month, (to_month + INTERVAL 1 MONTH)::DATE AS end_exclusive, months
FROM sized
UNION ALL
SELECT 'previous', (from_month - to_months(months))::DATE, (from_month - INTERVAL 1 MONTH)::DATE, from_month, months
FROM sized;
