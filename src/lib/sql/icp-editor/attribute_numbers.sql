-- attribute_numbers: the spread of one numeric account attribute as criteria compare it (icp_num: a
-- DOUBLE, NaN counted as missing). The value placeholder (in double braces) is the column over
-- `accounts a`, written by the caller from a quoted identifier. One row: present (accounts with a
-- number), distinct_values, min, p25, median, p75, max (quantile_cont, i.e. linear interpolation;
-- NULL when no account has a number).
SELECT
	count(v) AS present,
	count(DISTINCT v) AS distinct_values,
	min(v) AS min,
	quantile_cont(v, 0.25) AS p25,
	quantile_cont(v, 0.5) AS median,
	quantile_cont(v, 0.75) AS p75,
	max(v) AS max
FROM (SELECT icp_num({{value}}) AS v FROM accounts a);
