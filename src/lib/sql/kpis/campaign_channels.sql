-- campaign_channels: the channel of each campaign as seen in leads: its most frequent lead channel
-- (ties broken alphabetically). Deals inherit their channel from their campaign through this view.
CREATE OR REPLACE VIEW campaign_channels AS
SELECT campaign, channel
FROM (
	SELECT
		campaign,
		channel,
		row_number() OVER (PARTITION BY campaign ORDER BY count(*) DESC, channel) AS rank
	FROM leads
	WHERE campaign IS NOT NULL AND channel IS NOT NULL
	GROUP BY campaign, channel
)
WHERE rank = 1;
