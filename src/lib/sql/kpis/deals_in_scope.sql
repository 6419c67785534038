-- deals_in_scope: deals_enriched.sql with the owner / segment / channel filters of report_filter
-- applied (not the period: each KPI filters its own dates).
CREATE OR REPLACE VIEW deals_in_scope AS
SELECT d.*
FROM deals_enriched d, report_filter f
WHERE (f.owner IS NULL OR d.owner = f.owner)
	AND (f.segment IS NULL OR d.segment = f.segment)
	AND (f.channel IS NULL OR d.channel = f.channel);
