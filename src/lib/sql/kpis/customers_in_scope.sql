-- customers_in_scope: customer_lifetimes.sql with the report filters applied: segment as for deals;
-- owner and channel keep accounts with at least one deal in deals_in_scope.sql's owner and channel
-- (accounts have neither an owner nor a channel of their own). Filters from report_filter_variables.sql.
-- A table, rebuilt with report_periods.sql whenever the filter or the data changes: its IN subquery
-- made planning each retention and CLTV query cost more than running it.
CREATE OR REPLACE TABLE customers_in_scope AS
SELECT *
FROM customer_lifetimes
WHERE (getvariable('report_segment') IS NULL OR segment = getvariable('report_segment'))
	AND (
		(getvariable('report_owner') IS NULL AND getvariable('report_channel') IS NULL)
		OR account_id IN (
			SELECT account_id
			FROM deals_enriched
			WHERE account_id IS NOT NULL
				AND (getvariable('report_owner') IS NULL OR owner = getvariable('report_owner'))
				AND (getvariable('report_channel') IS NULL OR channel = getvariable('report_channel'))
		)
	);
