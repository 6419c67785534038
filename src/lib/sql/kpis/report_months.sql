-- report_months: every month of the current report period as 'YYYY-MM', the x-axis of the monthly
-- series (months without data still appear).
CREATE OR REPLACE VIEW report_months AS
SELECT strftime(m.month, '%Y-%m') AS month
FROM report_periods p, range(p.from_month, p.end_exclusive, INTERVAL 1 MONTH) AS m(month)
WHERE p.period = 'current';
