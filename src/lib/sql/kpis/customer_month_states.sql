-- customer_month_states: customer_month_grid.sql for the customers in scope (customers_in_scope.sql):
-- one row per revenue month x customer from its start month on, with mrr in the month (NULL when
-- not paying) and whether it paid the month before. The grain of cltv_summary.sql
-- and retention_windows.sql.
CREATE OR REPLACE VIEW customer_month_states AS
SELECT g.*
FROM customer_month_grid g
SEMI JOIN customers_in_scope c ON c.account_id = g.account_id;
