-- import_currency_code(p): the ISO currency code an amount's parts name (symbol or 3-letter code),
-- or NULL when the amount carries none. '$' is read as USD and '¥' as JPY; other dollars and yens
-- need their code (CAD 100, A$ is not recognised).
CREATE OR REPLACE MACRO import_currency_code(p) AS CASE coalesce(nullif(p.cur1, ''), nullif(p.cur2, ''))
	WHEN '$' THEN 'USD'
	WHEN '€' THEN 'EUR'
	WHEN '£' THEN 'GBP'
	WHEN '¥' THEN 'JPY'
	WHEN '₹' THEN 'INR'
	WHEN '₩' THEN 'KRW'
	WHEN '₽' THEN 'RUB'
	WHEN '₺' THEN 'TRY'
	WHEN '₪' THEN 'ILS'
	ELSE CASE WHEN regexp_full_match(coalesce(nullif(p.cur1, ''), p.cur2), '[A-Za-z]{3}') THEN upper(coalesce(nullif(p.cur1, ''), p.cur2)) END
END;
