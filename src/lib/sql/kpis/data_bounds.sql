-- data_bounds: the dates the data covers, one row.
--   deals_end_date:      latest created_at or closed_at over deals; open deals are censored here
--   revenue_start_month, revenue_end_month: first and last month in revenue; customers still paying
--                        in revenue_end_month are censored there (a missing month after it is not churn)
--   data_start_month, data_end_month: first and last month of any date in any table; the default
--                        report period
CREATE OR REPLACE VIEW data_bounds AS
WITH deal_dates AS (
	SELECT greatest(max(created_at), max(closed_at)) AS last_date, min(created_at) AS first_date FROM deals
),
revenue_months AS (
	SELECT min(date_trunc('month', month))::DATE AS first_month, max(date_trunc('month', month))::DATE AS last_month
	FROM revenue
),
lead_dates AS (
	SELECT min(created_at) AS first_date, greatest(max(created_at), max(mql_at), max(sql_at)) AS last_date FROM leads
)
SELECT
	d.last_date AS deals_end_date,
	r.first_month AS revenue_start_month,
	r.last_month AS revenue_end_month,
	date_trunc('month', least(d.first_date, r.first_month, l.first_date))::DATE AS data_start_month,
	date_trunc('month', greatest(d.last_date, r.last_month, l.last_date))::DATE AS data_end_month
FROM deal_dates d, revenue_months r, lead_dates l;
