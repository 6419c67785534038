-- import_amount(v, sep): the number in a money or number text, or NULL when the text is not one
-- amount. '$1,234.56' → 1234.56, '1.234,56 €' (sep ',') → 1234.56, '(1,200)' → -1200,
-- 'USD -3 400.5' → -3400.5, '7 500,5 EUR' (sep ',') → 7500.5.
-- sep is the decimal separator ('.' or ','); the other one, spaces (also no-break spaces) and
-- apostrophes may group thousands, in groups of three. One currency symbol or 3-letter code may
-- stand before or after the number, and one sign: a leading or trailing minus, or accounting
-- parentheses. The usual export shapes ('42000', '-$1,234.50', '1.234,56 €') take a fast path
-- (one match, plain replaces); the rest is checked with capture-free regular expressions.
CREATE OR REPLACE MACRO import_amount(v, sep) AS CASE
	WHEN sep <> ',' AND regexp_full_match(v, '-?\$?(\d{1,3}(,\d{3})*|\d+)(\.\d+)?')
		THEN CAST(replace(replace(v, '$', ''), ',', '') AS DOUBLE)
	WHEN sep = ',' AND regexp_full_match(v, '-?(\d{1,3}(\.\d{3})*|\d+)(,\d+)?( ?€)?')
		THEN CAST(replace(replace(replace(replace(v, '€', ''), ' ', ''), '.', ''), ',', '.') AS DOUBLE)
	WHEN NOT regexp_full_match(
			replace(replace(v, chr(160), ' '), chr(8239), ' '),
			'\(?\s*[-+]?\s*(?:(?:[A-Za-z]{3}|[^\w\s.,()+%''-]{1,3})\s*[-+]?\s*\d[\d.,'' ]*|\d[\d.,'' ]*?(?:\s*(?:[A-Za-z]{3}|[^\w\s.,()+%''-]{1,3}))?)\s*-?\s*\)?')
		OR starts_with(v, '(') <> ends_with(v, ')')
		OR length(v) - length(replace(replace(v, '-', ''), '+', '')) + CASE WHEN starts_with(v, '(') THEN 1 ELSE 0 END > 1
		THEN NULL
	WHEN sep = ',' AND NOT regexp_full_match(replace(replace(regexp_extract(replace(replace(v, chr(160), ' '), chr(8239), ' '), '\d[\d.,'' ]*'), ' ', ''), '''', ''), '\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?')
		THEN NULL
	WHEN sep <> ',' AND NOT regexp_full_match(replace(replace(regexp_extract(replace(replace(v, chr(160), ' '), chr(8239), ' '), '\d[\d.,'' ]*'), ' ', ''), '''', ''), '\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?')
		THEN NULL
	ELSE (CASE WHEN starts_with(v, '(') OR contains(v, '-') THEN -1 ELSE 1 END)
		* CAST(replace(replace(replace(replace(regexp_extract(replace(replace(v, chr(160), ' '), chr(8239), ' '), '\d[\d.,'' ]*'), ' ', ''), '''', ''),
			CASE WHEN sep = ',' THEN '.' ELSE ',' END, ''), ',', '.') AS DOUBLE)
END;
