-- win_rate_by_month: per report period ('current', 'previous') x close month x icp_group, the counts
-- behind win rate = won / (won + lost) among deals closed in the month; open deals are excluded.
--   won_amount, lost_amount: sums of non-null amounts, for the amount-based ("$") win rate
--   won_priced, lost_priced: deals counted in those sums; missing_amount: closed deals with no amount
-- Months without closed deals have no row. Every column adds up, so a period's totals are the sums
-- of its months (winRate.ts): one pass serves the monthly series and both periods.
CREATE OR REPLACE VIEW win_rate_by_month AS
SELECT
	p.period,
	strftime(d.close_month, '%Y-%m') AS month,
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
GROUP BY p.period, d.close_month, d.icp_group;
