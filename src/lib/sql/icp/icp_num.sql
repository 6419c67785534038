-- icp_num(x): a numeric attribute as ICP criteria compare it: a DOUBLE, with NaN counted as missing
-- (NULL), because DuckDB orders NaN above every number and a NaN revenue is no evidence of size.
CREATE OR REPLACE MACRO icp_num(x) AS nullif(CAST(x AS DOUBLE), 'NaN'::DOUBLE);
