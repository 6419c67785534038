-- report_filter: the one row of filters every KPI view reads; NULL means "all".
--   from_month, to_month: the report period, inclusive, as first days of months
--   owner:   deals.owner, exact match
--   segment: company size band of the account: 'SMB' (< 100 employees), 'Mid-market' (100-999),
--            'Enterprise' (>= 1000), 'Unknown' (no account or no employee count)
--   channel: a deal's channel (see deals_in_scope.sql) or a lead's channel
-- Views cannot take parameters, so setReportFilter() rewrites this row with bound values, then
-- derives report_filter_variables.sql, report_periods.sql, report_period_months.sql and
-- customers_in_scope.sql from it.
CREATE TABLE IF NOT EXISTS report_filter (
	from_month DATE,
	to_month DATE,
	owner VARCHAR,
	segment VARCHAR,
	channel VARCHAR
);
INSERT INTO report_filter
SELECT NULL, NULL, NULL, NULL, NULL
WHERE NOT EXISTS (SELECT 1 FROM report_filter);
