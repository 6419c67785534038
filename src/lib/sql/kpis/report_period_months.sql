-- report_period_months: every month (first day) of the current and the previous period, so period
-- views can join month buckets by equality instead of by date range. A table, rebuilt with
-- report_periods.sql (see there).
CREATE OR REPLACE TABLE report_period_months AS
SELECT p.period, m.month::DATE AS month
FROM report_periods p, range(p.from_month, p.end_exclusive, INTERVAL 1 MONTH) AS m(month);
