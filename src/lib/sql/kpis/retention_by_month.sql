-- retention_by_month: retention_windows.sql for each end month of the current report period
-- (12-month logo retention, GRR and NRR of the cohort opening 12 months earlier).
CREATE OR REPLACE VIEW retention_by_month AS
SELECT strftime(w.end_month, '%Y-%m') AS month, w.icp_group, w.cohort_logos, w.retained_logos, w.start_mrr, w.end_mrr, w.retained_mrr
FROM retention_windows w
JOIN report_periods p ON p.period = 'current' AND w.end_month >= p.from_month AND w.end_month < p.end_exclusive;
