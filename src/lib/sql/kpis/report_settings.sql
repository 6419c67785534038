-- report_settings: the one row of analysis settings the KPI queries read.
--   min_sample:          closed deals / customers / leads a group needs before a figure is shown
--   gross_margin:        share of revenue kept, for CLTV
--   confidence:          level of every interval (0.95 = 95 %)
--   churn_floor:         lowest monthly churn used in ARPA x margin / churn
--   cltv_horizon_months: horizon of the restricted-mean-survival CLTV
CREATE TABLE IF NOT EXISTS report_settings (
	min_sample INTEGER DEFAULT 30,
	gross_margin DOUBLE DEFAULT 0.8,
	confidence DOUBLE DEFAULT 0.95,
	churn_floor DOUBLE DEFAULT 0.005,
	cltv_horizon_months INTEGER DEFAULT 60
);
INSERT INTO report_settings
SELECT 30, 0.8, 0.95, 0.005, 60
WHERE NOT EXISTS (SELECT 1 FROM report_settings);
