-- leads_enriched: every row of leads_classified with the funnel stage each lead reached. A later
-- stage implies the earlier ones (a lead that became a deal without an MQL date still passed MQL):
--   reached_deal = deal_id is set; reached_sql = sql_at is set or reached_deal;
--   reached_mql = mql_at is set or reached_sql; won = its deal (in deals) has status 'won'.
--   lead_group: 'icp' / 'non_icp' by the lead's account, 'no_account' when it has none (or an
--   unknown one): its own group, never dropped.
--   lead_channel: the lead's channel, 'Unknown' when missing; segment: its account's size band.
-- Reads no filter, so prepareDatabase freezes it once per classification (leads_in_scope.sql filters it).
CREATE OR REPLACE VIEW leads_enriched AS
SELECT
	l.*,
	CASE WHEN l.tier = 'no account' THEN 'no_account' WHEN l.is_icp THEN 'icp' ELSE 'non_icp' END AS lead_group,
	coalesce(s.segment, 'Unknown') AS segment,
	coalesce(l.channel, 'Unknown') AS lead_channel,
	date_trunc('month', l.created_at)::DATE AS created_month,
	l.deal_id IS NOT NULL AS reached_deal,
	l.sql_at IS NOT NULL OR l.deal_id IS NOT NULL AS reached_sql,
	l.mql_at IS NOT NULL OR l.sql_at IS NOT NULL OR l.deal_id IS NOT NULL AS reached_mql,
	coalesce(d.status = 'won', false) AS won
FROM leads_classified l
LEFT JOIN account_segments s ON s.account_id = l.account_id
LEFT JOIN (SELECT deal_id, any_value(status) AS status FROM deals GROUP BY deal_id) d ON d.deal_id = l.deal_id;
