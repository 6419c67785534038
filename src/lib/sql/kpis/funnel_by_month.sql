-- funnel_by_month: the funnel counts of campaign_funnel.sql over all campaigns, per report period
-- ('current', 'previous') x lead creation month x lead_group. The counts add up, so a period's
-- totals are the sums of its months (campaigns.ts): one pass serves the series and both periods.
CREATE OR REPLACE VIEW funnel_by_month AS
SELECT
	p.period,
	strftime(l.created_month, '%Y-%m') AS month,
	l.lead_group,
	count(*) AS leads,
	count(*) FILTER (WHERE l.reached_mql) AS mql,
	count(*) FILTER (WHERE l.reached_sql) AS sql,
	count(*) FILTER (WHERE l.reached_deal) AS deals,
	count(*) FILTER (WHERE l.won) AS won
FROM leads_in_scope l
JOIN report_period_months p ON p.month = l.created_month
GROUP BY p.period, l.created_month, l.lead_group;
