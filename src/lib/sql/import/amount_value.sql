-- import_amount_value(p, sep): the number in amount parts p (from import_amount_parts), or NULL when
-- the text is not one amount: '$1,234.56' → 1234.56, '1.234,56 €' (sep ',') → 1234.56,
-- '(1,200)' → -1200, 'USD -3 400.5' → -3400.5. sep is the decimal separator ('.' or ','); the other
-- one, spaces and apostrophes may group thousands. Groups of other than three digits, two currencies,
-- two signs or unbalanced parentheses make the text not an amount.
CREATE OR REPLACE MACRO import_amount_value(p, sep) AS CASE
	WHEN p.num = '' OR (p.open = '(') <> (p.close = ')') OR (p.cur1 <> '' AND p.cur2 <> '')
		OR (p.open <> '')::INTEGER + (p.sign1 <> '')::INTEGER + (p.sign2 <> '')::INTEGER + (p.sign3 <> '')::INTEGER > 1
		THEN NULL
	WHEN sep = ',' AND NOT regexp_full_match(replace(replace(p.num, ' ', ''), '''', ''), '\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?')
		THEN NULL
	WHEN sep <> ',' AND NOT regexp_full_match(replace(replace(p.num, ' ', ''), '''', ''), '\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?')
		THEN NULL
	ELSE (CASE WHEN p.open = '(' OR '-' IN (p.sign1, p.sign2, p.sign3) THEN -1 ELSE 1 END)
		* CAST(replace(replace(replace(replace(p.num, ' ', ''), '''', ''), CASE WHEN sep = ',' THEN '.' ELSE ',' END, ''), ',', '.') AS DOUBLE)
END;
