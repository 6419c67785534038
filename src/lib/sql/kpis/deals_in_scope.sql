-- deals_in_scope: deals_classified with the owner / segment / channel filters of report_filter
-- applied (not the period: each KPI filters its own dates). Adds
--   icp_group:   'icp' (is_icp), 'non_icp' (known account, not ICP), 'unknown' (account missing or unknown)
--   segment:     the account's size band (account_segments.sql), 'Unknown' without an account
--   channel:     the channel of the deal's campaign as seen in leads (campaign_channels.sql), or
--                'Direct' when the deal has no campaign or its campaign never appears on a lead
--   created_month, close_month: month buckets; cycle_days = closed_at - created_at
CREATE OR REPLACE VIEW deals_in_scope AS
SELECT scoped.*
FROM (
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
	LEFT JOIN campaign_channels c ON c.campaign = d.campaign
) scoped, report_filter f
WHERE (f.owner IS NULL OR scoped.owner = f.owner)
	AND (f.segment IS NULL OR scoped.segment = f.segment)
	AND (f.channel IS NULL OR scoped.channel = f.channel);
