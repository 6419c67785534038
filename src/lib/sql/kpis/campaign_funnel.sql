-- campaign_funnel: per campaign x channel x lead_group, leads created in the current period and how
-- many reached each stage (leads_in_scope.sql): leads -> mql -> sql -> deals -> won.
-- Conversion rates (next stage / previous stage, lead -> deal, lead -> won) and the campaign's ICP
-- share (ICP leads / all its leads, no-account leads included) are computed in TypeScript.
CREATE OR REPLACE VIEW campaign_funnel AS
SELECT
	l.campaign,
	l.lead_channel AS channel,
	l.lead_group,
	count(*) AS leads,
	count(*) FILTER (WHERE l.reached_mql) AS mql,
	count(*) FILTER (WHERE l.reached_sql) AS sql,
	count(*) FILTER (WHERE l.reached_deal) AS deals,
	count(*) FILTER (WHERE l.won) AS won
FROM leads_in_scope l
JOIN report_periods p ON p.period = 'current' AND l.created_at >= p.from_month AND l.created_at < p.end_exclusive
GROUP BY l.campaign, l.lead_channel, l.lead_group;
