-- attribute_values: the most common values of one text, true/false or list account attribute, as ICP
-- criteria compare text (icp_norm: ignoring case and surrounding spaces), to suggest criterion values.
-- The value placeholder (in double braces) is the attribute as text over `accounts a` (unnest(...)
-- for a list column), written by the caller from a quoted identifier. Blank and missing values are
-- left out. At most 30 rows, most accounts first:
--   value:           the value's most common spelling
--   accounts:        accounts having the value (an account listing it twice counts once)
--   distinct_values: how many distinct values the attribute has
--   present:         accounts with at least one value
WITH attribute AS (
	SELECT a.account_id, {{value}} AS value
	FROM accounts a
),
present AS (
	SELECT account_id, value, icp_norm(value) AS norm
	FROM attribute
	WHERE value IS NOT NULL AND icp_norm(value) <> ''
),
spellings AS (
	SELECT norm, value, count(*) AS n
	FROM present
	GROUP BY norm, value
),
per_value AS (
	SELECT norm, count(DISTINCT account_id) AS accounts
	FROM present
	GROUP BY norm
),
best_spelling AS (
	SELECT norm, first(value ORDER BY n DESC, value) AS value
	FROM spellings
	GROUP BY norm
)
SELECT
	b.value,
	v.accounts,
	count(*) OVER () AS distinct_values,
	(SELECT count(DISTINCT account_id) FROM present) AS present
FROM per_value v
JOIN best_spelling b ON b.norm = v.norm
ORDER BY v.accounts DESC, b.value
LIMIT 30;
