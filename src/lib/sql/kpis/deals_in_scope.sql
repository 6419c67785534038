-- deals_in_scope: deals_enriched.sql with the owner / segment / channel filters of report_filter
-- applied (not the period: each KPI filters its own dates), read from report_filter_variables.sql.
CREATE OR REPLACE VIEW deals_in_scope AS
SELECT *
FROM deals_enriched
WHERE (getvariable('report_owner') IS NULL OR owner = getvariable('report_owner'))
	AND (getvariable('report_segment') IS NULL OR segment = getvariable('report_segment'))
	AND (getvariable('report_channel') IS NULL OR channel = getvariable('report_channel'));
