/**
 * Literals for SQL text that cannot take bound parameters (a view definition). DuckDB string literals
 * are standard SQL: the only special character is the single quote, written twice; backslashes and
 * semicolons are ordinary characters. Identifiers are double-quoted with `"` written twice.
 */

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function sqlString(value: string): string {
	if (UNSTORABLE.test(value)) throw new Error(`Cannot write text with a NUL character or a broken surrogate into SQL: ${JSON.stringify(value)}`);
	return `'${value.replaceAll("'", "''")}'`;
}

export function sqlIdentifier(name: string): string {
	if (UNSTORABLE.test(name) || name === '') throw new Error(`Not a usable column name: ${JSON.stringify(name)}`);
	return `"${name.replaceAll('"', '""')}"`;
}

const NUMBER_TEXT = /^-?[0-9]+(\.[0-9]+)?(e[+-][0-9]+)?$/;

/** A finite number as a DOUBLE, exactly: JS prints the shortest text that round-trips and DuckDB's string-to-double cast reads it back exactly. */
export function sqlDouble(value: number): string {
	const text = String(value);
	if (!Number.isFinite(value) || !NUMBER_TEXT.test(text)) throw new Error(`Not a finite number: ${text}`);
	return `CAST('${text}' AS DOUBLE)`;
}

const DATE_TEXT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

export function sqlDate(value: string): string {
	if (!DATE_TEXT.test(value)) throw new Error(`Not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
	return `DATE '${value}'`;
}

export function sqlBoolean(value: boolean): string {
	return value ? 'TRUE' : 'FALSE';
}
