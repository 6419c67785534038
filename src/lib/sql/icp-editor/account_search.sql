-- account_search: up to 20 accounts whose name or account_id contains the searched text, ignoring case.
-- $1 is a LIKE pattern whose %, _ and \ the caller escaped with a backslash (so they match themselves).
SELECT account_id, name
FROM accounts
WHERE name ILIKE $1 ESCAPE '\' OR account_id ILIKE $1 ESCAPE '\'
ORDER BY name, account_id
LIMIT 20;
