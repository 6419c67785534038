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

/** SQL trimming spaces, tabs, line breaks and no-break spaces; empty text becomes NULL. */
export function trimmedText(expr: string): string {
	return `nullif(trim(CAST(${expr} AS VARCHAR), ' \t\r\n' || chr(160)), '')`;
}
