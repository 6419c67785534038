-- import_plausible_date(ts): the calendar date of a parsed timestamp, or NULL outside 1900–2199.
-- strptime's %Y also reads a 2-digit year ('1/12/26' → year 26), which no CRM export means.
CREATE OR REPLACE MACRO import_plausible_date(ts) AS CASE WHEN year(ts) BETWEEN 1900 AND 2199 THEN CAST(ts AS DATE) END;
