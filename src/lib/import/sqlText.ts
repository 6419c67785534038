/** Quoting for SQL text built from file names and headers (values from rows are never spliced). */

export function ident(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

export function literal(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** A DuckDB string literal that may hold control characters (tab, newline) as E-string escapes. */
export function escapedLiteral(value: string): string {
	const body = Array.from(value, (ch) => {
		if (ch === "'") return "''";
		if (ch === '\\') return '\\\\';
		const code = ch.codePointAt(0) ?? 0;
		return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : ch;
	}).join('');
	return `E'${body}'`;
}

/**
 * SQL for a value as text without surrounding spaces (DuckDB's trim also drops no-break spaces);
 * empty text becomes NULL. trim is slow on long columns, so it only runs on values that need it.
 */
export function trimmedText(expr: string): string {
	const v = `CAST(${expr} AS VARCHAR)`;
	const padded = [' ', 'chr(160)'].flatMap((c) => [`starts_with(${v}, ${c === ' ' ? "' '" : c})`, `ends_with(${v}, ${c === ' ' ? "' '" : c})`]).join(' OR ');
	return `CASE WHEN ${padded} THEN nullif(trim(${v}), '') ELSE nullif(${v}, '') END`;
}
