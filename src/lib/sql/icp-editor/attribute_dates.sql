-- attribute_dates: the span of one date account attribute as criteria compare it (the calendar day).
-- The value placeholder (in double braces) is the column over `accounts a`, written by the caller from
-- a quoted identifier. One row: present (accounts with a date), and min, median (the lower middle day:
-- quantile_disc) and max as YYYY-MM-DD text (NULL when no account has a date).
SELECT
	count(v) AS present,
	CAST(min(v) AS VARCHAR) AS min,
	CAST(quantile_disc(v, 0.5) AS VARCHAR) AS median,
	CAST(max(v) AS VARCHAR) AS max
FROM (SELECT CAST({{value}} AS DATE) AS v FROM accounts a);
