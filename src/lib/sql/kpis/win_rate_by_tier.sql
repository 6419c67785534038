-- win_rate_by_tier: win_rate_by_month.sql's counts summed over the current period per ICP tier
-- ('A', 'B', 'C', 'out', 'unknown').
CREATE OR REPLACE VIEW win_rate_by_tier AS
SELECT
	d.tier,
	count(*) FILTER (WHERE d.status = 'won') AS won,
	count(*) FILTER (WHERE d.status = 'lost') AS lost,
	coalesce(sum(d.amount) FILTER (WHERE d.status = 'won'), 0) AS won_amount,
	coalesce(sum(d.amount) FILTER (WHERE d.status = 'lost'), 0) AS lost_amount,
	count(d.amount) FILTER (WHERE d.status = 'won') AS won_priced,
	count(d.amount) FILTER (WHERE d.status = 'lost') AS lost_priced,
	count(*) FILTER (WHERE d.amount IS NULL) AS missing_amount
FROM deals_in_scope d
JOIN report_periods p ON p.period = 'current' AND d.closed_at >= p.from_month AND d.closed_at < p.end_exclusive
WHERE d.status IN ('won', 'lost')
GROUP BY d.tier;
