-- leads_in_scope: leads_enriched.sql with the segment and channel filters of report_filter applied
-- (report_filter_variables.sql).
-- The owner filter does not apply: leads have no owner.
CREATE OR REPLACE VIEW leads_in_scope AS
SELECT *
FROM leads_enriched
WHERE (getvariable('report_segment') IS NULL OR segment = getvariable('report_segment'))
	AND (getvariable('report_channel') IS NULL OR lead_channel = getvariable('report_channel'));
