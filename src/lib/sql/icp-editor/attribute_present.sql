-- attribute_present: how many accounts have a value in a column criteria can only test for presence
-- (isNull / notNull). The value placeholder (in double braces) is the column over `accounts a`,
-- written by the caller from a quoted identifier.
SELECT count({{value}}) AS present
FROM accounts a;
