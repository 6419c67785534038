-- win_rate_period: per report period ('current', 'previous') x icp_group, the same counts as
-- win_rate_by_month.sql over the whole period: won / (won + lost) among deals closed in the period.
CREATE OR REPLACE VIEW win_rate_period AS
SELECT
	p.period,
	d.icp_group,
	count(*) FILTER (WHERE d.status = 'won') AS won,
	count(*) FILTER (WHERE d.status = 'lost') AS lost,
	coalesce(sum(d.amount) FILTER (WHERE d.status = 'won'), 0) AS won_amount,
	coalesce(sum(d.amount) FILTER (WHERE d.status = 'lost'), 0) AS lost_amount,
	count(d.amount) FILTER (WHERE d.status = 'won') AS won_priced,
	count(d.amount) FILTER (WHERE d.status = 'lost') AS lost_priced,
	count(*) FILTER (WHERE d.amount IS NULL) AS missing_amount
FROM deals_in_scope d
JOIN report_period_months p ON p.month = d.close_month
WHERE d.status IN ('won', 'lost')
GROUP BY p.period, d.icp_group;
