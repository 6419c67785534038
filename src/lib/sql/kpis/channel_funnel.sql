-- channel_funnel: campaign_funnel.sql's counts per channel x lead_group (all campaigns of the
-- channel, leads without a campaign included), leads created in the current period.
CREATE OR REPLACE VIEW channel_funnel AS
SELECT
	l.lead_channel AS channel,
	l.lead_group,
	count(*) AS leads,
	count(*) FILTER (WHERE l.reached_mql) AS mql,
	count(*) FILTER (WHERE l.reached_sql) AS sql,
	count(*) FILTER (WHERE l.reached_deal) AS deals,
	count(*) FILTER (WHERE l.won) AS won
FROM leads_in_scope l
JOIN report_periods p ON p.period = 'current' AND l.created_at >= p.from_month AND l.created_at < p.end_exclusive
GROUP BY l.lead_channel, l.lead_group;
