-- account_attributes: every column of one account ($1 = account_id), as criteria see it.
SELECT *
FROM accounts
WHERE account_id = $1;
