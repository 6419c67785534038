-- criterion_counts: per version and criterion, how many accounts the criterion counts for (a must or
-- nice that holds, an exclude that does not hit), from account_fit.matched. A criterion that counts for
-- no account has no row.
SELECT version, name, count(*) AS accounts
FROM (SELECT version, unnest(matched) AS name FROM account_fit)
GROUP BY version, name;
