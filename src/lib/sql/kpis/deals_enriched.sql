-- deals_enriched: every row of deals_classified with the columns the deal KPIs group and filter by:
--   icp_group:   'icp' (is_icp), 'non_icp' (known account, not ICP), 'unknown' (account missing or unknown)
--   segment:     the account's size band (account_segments.sql), 'Unknown' without an account
--   channel:     the channel of the deal's campaign as seen in leads (campaign_channels.sql), or
--                'Direct' when the deal has no campaign or its campaign never appears on a lead
--   created_month, close_month: month buckets; cycle_days = closed_at - created_at
-- Reads no filter, so prepareDatabase freezes it once per classification (deals_in_scope.sql filters it).
CREATE OR REPLACE VIEW deals_enriched AS
SELECT
	d.*,
	CASE
		WHEN NOT coalesce(d.account_known, false) THEN 'unknown'
		WHEN d.is_icp THEN 'icp'
		ELSE 'non_icp'
	END AS icp_group,
	coalesce(s.segment, 'Unknown') AS segment,
	coalesce(c.channel, 'Direct') AS channel,
	date_trunc('month', d.created_at)::DATE AS created_month,
	date_trunc('month', d.closed_at)::DATE AS close_month,
	d.closed_at - d.created_at AS cycle_days
FROM deals_classified d
LEFT JOIN account_segments s ON s.account_id = d.account_id
LEFT JOIN campaign_channels c ON c.campaign = d.campaign;
