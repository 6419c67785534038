-- customers_in_scope: customer_lifetimes.sql with the report filters applied: segment as for deals;
-- owner and channel keep accounts with at least one deal in deals_in_scope.sql's owner and channel
-- (accounts have neither an owner nor a channel of their own).
CREATE OR REPLACE VIEW customers_in_scope AS
SELECT c.*
FROM customer_lifetimes c, report_filter f
WHERE (f.segment IS NULL OR c.segment = f.segment)
	AND (
		(f.owner IS NULL AND f.channel IS NULL)
		OR c.account_id IN (
			SELECT d.account_id
			FROM deals_enriched d
			WHERE d.account_id IS NOT NULL
				AND (f.owner IS NULL OR d.owner = f.owner)
				AND (f.channel IS NULL OR d.channel = f.channel)
		)
	);
