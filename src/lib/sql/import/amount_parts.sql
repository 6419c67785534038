-- import_amount_parts(v): a money or number text split into its parts, as a STRUCT of strings:
-- open/close (accounting parentheses), sign1/sign2/sign3 (a minus or plus before the currency,
-- after it, or trailing), cur1/cur2 (a currency symbol or 3-letter code before or after the number)
-- and num (digits with '.', ',', space or apostrophe separators). Every part is '' when absent, and
-- num is '' when the text is not shaped like an amount at all. No-break spaces count as spaces.
CREATE OR REPLACE MACRO import_amount_parts(v) AS regexp_extract(
	trim(replace(replace(v, chr(160), ' '), chr(8239), ' ')),
	'^(\(?)\s*([-+]?)\s*([A-Za-z]{3}|[^\w\s.,()+%''-]{1,3})?\s*([-+]?)\s*(\d[\d.,'' ]*?)\s*([A-Za-z]{3}|[^\w\s.,()+%''-]{1,3})?\s*(-?)\s*(\)?)$',
	['open', 'sign1', 'cur1', 'sign2', 'num', 'cur2', 'sign3', 'close']
);
