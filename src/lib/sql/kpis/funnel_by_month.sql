-- funnel_by_month: the funnel counts of campaign_funnel.sql over all campaigns, per lead creation
-- month of the current period x lead_group.
CREATE OR REPLACE VIEW funnel_by_month AS
SELECT
	strftime(l.created_month, '%Y-%m') AS month,
	l.lead_group,
	count(*) AS leads,
	count(*) FILTER (WHERE l.reached_mql) AS mql,
	count(*) FILTER (WHERE l.reached_sql) AS sql,
	count(*) FILTER (WHERE l.reached_deal) AS deals,
	count(*) FILTER (WHERE l.won) AS won
FROM leads_in_scope l
JOIN report_periods p ON p.period = 'current' AND l.created_at >= p.from_month AND l.created_at < p.end_exclusive
GROUP BY l.created_month, l.lead_group;
