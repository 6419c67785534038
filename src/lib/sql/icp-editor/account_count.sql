-- account_count: how many accounts are loaded.
SELECT count(*) AS accounts
FROM accounts;
