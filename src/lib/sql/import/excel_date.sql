-- import_excel_date(v): a spreadsheet serial day number of five digits ('45678', '45678.5'; 1927–2173)
-- as a date. Excel's day 0 is 1899-12-30 (its day 60 is the phantom 1900-02-29), so serials are exact
-- from March 1900 on.
CREATE OR REPLACE MACRO import_excel_date(v) AS CASE
	WHEN regexp_full_match(trim(v), '\d{5}(\.\d+)?') THEN DATE '1899-12-30' + CAST(floor(CAST(trim(v) AS DOUBLE)) AS INTEGER)
END;
