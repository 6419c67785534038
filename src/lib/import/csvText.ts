/** RFC 4180 output built in SQL, so large tables never pass through JS row by row. */

/** SQL for one CSV field: empty for NULL, quoted (quotes doubled) when it holds , " CR or LF. */
export function csvFieldSql(expr: string): string {
	const v = `CAST(${expr} AS VARCHAR)`;
	return `CASE WHEN ${expr} IS NULL THEN '' WHEN regexp_matches(${v}, '[",\\r\\n]') THEN '"' || replace(${v}, '"', '""') || '"' ELSE ${v} END`;
}

/** SQL for one CSV record (no line break) from column expressions. */
export function csvRecordSql(exprs: readonly string[]): string {
	return exprs.length === 0 ? "''" : exprs.map(csvFieldSql).join(` || ',' || `);
}

/** A header record in JS (names are few). */
export function csvRecord(values: readonly string[]): string {
	return values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',');
}
