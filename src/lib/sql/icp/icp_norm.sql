-- icp_norm(text): the form in which ICP criteria compare text: lower case (DuckDB's Unicode lower()),
-- with surrounding whitespace removed (space, tab, line feed, vertical tab, form feed, carriage return,
-- no-break space). NULL stays NULL.
CREATE OR REPLACE MACRO icp_norm(text) AS
	lower(trim(text, ' ' || chr(9) || chr(10) || chr(11) || chr(12) || chr(13) || chr(160)));
