-- funnel_period: the funnel counts of campaign_funnel.sql over all campaigns, per report period
-- ('current', 'previous') x lead_group, leads created in the period.
CREATE OR REPLACE VIEW funnel_period AS
SELECT
	p.period,
	l.lead_group,
	count(*) AS leads,
	count(*) FILTER (WHERE l.reached_mql) AS mql,
	count(*) FILTER (WHERE l.reached_sql) AS sql,
	count(*) FILTER (WHERE l.reached_deal) AS deals,
	count(*) FILTER (WHERE l.won) AS won
FROM leads_in_scope l
JOIN report_period_months p ON p.month = l.created_month
GROUP BY p.period, l.lead_group;
