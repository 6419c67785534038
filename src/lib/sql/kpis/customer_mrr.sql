-- customer_mrr: the months an account is a customer: revenue summed per account x month (months
-- bucketed to their first day), kept where mrr > 0. A month with no row or mrr <= 0 = not a customer.
CREATE OR REPLACE VIEW customer_mrr AS
SELECT account_id, date_trunc('month', month)::DATE AS month, sum(mrr) AS mrr
FROM revenue
GROUP BY account_id, date_trunc('month', month)
HAVING sum(mrr) > 0;
