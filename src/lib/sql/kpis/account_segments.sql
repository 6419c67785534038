-- account_segments: company size band per account: 'SMB' < 100 employees, 'Mid-market' 100-999,
-- 'Enterprise' >= 1000, 'Unknown' when the employee count is missing. Accounts absent from this view
-- (unknown account ids) are 'Unknown' too.
CREATE OR REPLACE VIEW account_segments AS
SELECT
	account_id,
	CASE
		WHEN max(employees) IS NULL THEN 'Unknown'
		WHEN max(employees) < 100 THEN 'SMB'
		WHEN max(employees) < 1000 THEN 'Mid-market'
		ELSE 'Enterprise'
	END AS segment
FROM accounts
GROUP BY account_id;
