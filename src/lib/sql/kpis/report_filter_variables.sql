-- report_filter_variables: report_filter's owner, segment and channel as DuckDB variables, read by
-- the *_in_scope views with getvariable(). A variable is a constant in the query plan, so the filter
-- goes straight into the table scan; joining report_filter made each KPI query about twice as slow.
-- Set by installKpiViews and after every setReportFilter, like report_periods.sql.
SET VARIABLE report_owner = (SELECT owner FROM report_filter);
SET VARIABLE report_segment = (SELECT segment FROM report_filter);
SET VARIABLE report_channel = (SELECT channel FROM report_filter);
