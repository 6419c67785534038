-- deal_fit: one row per deal: the ICP version that classifies it (in force at created_at, or the
-- version chosen in icp_settings) and its account's tier under that version ('unknown' when the
-- account is missing). A projection of deals_classified, so both always agree.
CREATE OR REPLACE VIEW deal_fit AS
SELECT deal_id, account_id, icp_version AS version, tier, is_icp
FROM deals_classified;
