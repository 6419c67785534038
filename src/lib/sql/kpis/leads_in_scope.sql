-- leads_in_scope: leads_enriched.sql with the segment and channel filters of report_filter applied.
-- The owner filter does not apply: leads have no owner.
CREATE OR REPLACE VIEW leads_in_scope AS
SELECT l.*
FROM leads_enriched l, report_filter f
WHERE (f.segment IS NULL OR l.segment = f.segment)
	AND (f.channel IS NULL OR l.lead_channel = f.channel);
