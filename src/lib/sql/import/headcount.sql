-- import_headcount(v, sep): an employee count from a number ('1,200'), a range ('51-200', '51 to 200':
-- its midpoint, rounded) or an open range ('10,001+': its lower bound); NULL when none of these.
CREATE OR REPLACE MACRO import_headcount(v, sep) AS CASE
	WHEN regexp_full_match(trim(v), '(\d[\d.,'' ]*?)\s*(-|–|to)\s*(\d[\d.,'' ]*)')
		THEN round((import_amount(trim(regexp_extract(trim(v), '^(\d[\d.,'' ]*?)\s*(-|–|to)', 1)), sep)
			+ import_amount(trim(regexp_extract(trim(v), '(-|–|to)\s*(\d[\d.,'' ]*)$', 2)), sep)) / 2)
	WHEN regexp_full_match(trim(v), '\d[\d.,'' ]*\+')
		THEN import_amount(rtrim(trim(v), '+'), sep)
	ELSE round(import_amount(v, sep))
END;
