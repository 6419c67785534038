-- import_currency(v): the ISO currency code an amount text names by symbol or 3-letter code
-- ('$1,200' → USD, '1.234,56 €' → EUR, 'CHF 90' → CHF), or NULL when it names none. '$' is read
-- as USD and '¥' as JPY; other dollars and yens need their code ('CAD 100').
CREATE OR REPLACE MACRO import_currency(v) AS CASE regexp_extract(v, '[A-Za-z]{3}|[^\w\s\d.,()+%''-]{1,3}')
	WHEN '' THEN NULL
	WHEN '$' THEN 'USD'
	WHEN '€' THEN 'EUR'
	WHEN '£' THEN 'GBP'
	WHEN '¥' THEN 'JPY'
	WHEN '₹' THEN 'INR'
	WHEN '₩' THEN 'KRW'
	WHEN '₽' THEN 'RUB'
	WHEN '₺' THEN 'TRY'
	WHEN '₪' THEN 'ILS'
	ELSE CASE WHEN regexp_full_match(regexp_extract(v, '[A-Za-z]{3}|[^\w\s\d.,()+%''-]{1,3}'), '[A-Za-z]{3}') THEN upper(regexp_extract(v, '[A-Za-z]{3}')) END
END;
