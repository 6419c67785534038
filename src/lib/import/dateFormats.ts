/**
 * Date formats a column can be read with. Detection counts, on a sample, how many values each
 * format's SQL parses, so the sample and all rows go through the very same expression.
 */
export interface DateFormat {
	id: string;
	/** How the format reads in messages: "… is not a date in format M/D/YYYY". */
	label: string;
	example: string;
	/** SQL for the DATE in `v` (trimmed, non-empty VARCHAR), NULL when `v` is not in this format. */
	sql: (v: string) => string;
}

const TIMES = ['', ' %H:%M', ' %H:%M:%S', ' %I:%M %p', ' %I:%M:%S %p', ', %I:%M %p'];

/**
 * A format read by strptime with its date patterns, each alone or followed by a time. `shape` is a
 * regex every candidate must fully match first: a failed strptime is slow in duckdb-wasm (it throws
 * inside), so text that cannot be this format never reaches it.
 */
function strptimeFormat(id: string, example: string, shape: string, dates: readonly string[], withTimes = true): DateFormat {
	const patterns = dates.flatMap((d) => (withTimes ? TIMES.map((t) => d + t) : [d]));
	const list = `[${patterns.map((p) => `'${p}'`).join(', ')}]`;
	return { id, label: id, example, sql: (v) => `CASE WHEN regexp_full_match(${v}, '${shape}') THEN import_plausible_date(try_strptime(${v}, ${list})) END` };
}

const TIME_TAIL = '([ ,T].*)?';

const ISO_SQL = (v: string) =>
	`CASE WHEN regexp_full_match(${v}, '\\d{4}-\\d{1,2}-\\d{1,2}([T ]\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d+)?)?\\s*(Z|UTC|[+-]\\d{2}(:?\\d{2})?)?)?')
		THEN import_plausible_date(try_strptime(left(${v}, 10), '%Y-%m-%d')) END`;

export const DATE_FORMATS: readonly DateFormat[] = [
	{ id: 'YYYY-MM-DD', label: 'YYYY-MM-DD', example: '2025-01-31', sql: ISO_SQL },
	{ id: 'YYYY-MM-DD HH:mm', label: 'YYYY-MM-DD HH:mm', example: '2025-01-31 14:05', sql: ISO_SQL },
	{ id: 'ISO 8601', label: 'ISO 8601 (YYYY-MM-DDTHH:mm:ss)', example: '2025-01-31T14:05:00Z', sql: ISO_SQL },
	strptimeFormat('M/D/YYYY', '1/31/2025', `\\d{1,2}/\\d{1,2}/\\d{4}${TIME_TAIL}`, ['%m/%d/%Y']),
	strptimeFormat('D/M/YYYY', '31/1/2025', `\\d{1,2}/\\d{1,2}/\\d{4}${TIME_TAIL}`, ['%d/%m/%Y']),
	strptimeFormat('M/D/YY', '1/31/25', `\\d{1,2}/\\d{1,2}/\\d{2}${TIME_TAIL}`, ['%m/%d/%y']),
	strptimeFormat('D/M/YY', '31/1/25', `\\d{1,2}/\\d{1,2}/\\d{2}${TIME_TAIL}`, ['%d/%m/%y']),
	strptimeFormat('D.M.YYYY', '31.1.2025', `\\d{1,2}\\.\\d{1,2}\\.\\d{4}${TIME_TAIL}`, ['%d.%m.%Y']),
	strptimeFormat('D.M.YY', '31.1.25', `\\d{1,2}\\.\\d{1,2}\\.\\d{2}${TIME_TAIL}`, ['%d.%m.%y']),
	strptimeFormat('D-M-YYYY', '31-1-2025', `\\d{1,2}-\\d{1,2}-\\d{4}${TIME_TAIL}`, ['%d-%m-%Y']),
	strptimeFormat('YYYY/M/D', '2025/1/31', `\\d{4}/\\d{1,2}/\\d{1,2}${TIME_TAIL}`, ['%Y/%m/%d']),
	strptimeFormat('D MMM YYYY', '31 Jan 2025', '\\d{1,2}[ -][A-Za-z]{3,9}[ -]\\d{2,4}', ['%d %b %Y', '%d-%b-%Y', '%d %B %Y', '%d-%b-%y'], false),
	strptimeFormat('MMM D, YYYY', 'Jan 31, 2025', '[A-Za-z]{3,9} \\d{1,2},? \\d{4}', ['%b %d, %Y', '%B %d, %Y', '%b %d %Y'], false),
	strptimeFormat('YYYY-MM', '2025-01', '\\d{4}-\\d{1,2}', ['%Y-%m'], false),
	strptimeFormat('MMM YYYY', 'Jan 2025', '[A-Za-z]{3,9}[ -]\\d{2,4}', ['%b %Y', '%B %Y', '%b-%Y', '%b-%y'], false),
	{ id: 'excel', label: 'spreadsheet serial day number', example: '45688', sql: (v) => `import_plausible_date(import_excel_date(${v}))` }
];

/** Columns that already hold DATE or TIMESTAMP values (Parquet) need no parsing. */
export const NATIVE_DATE = 'native';

export function dateFormat(id: string): DateFormat {
	const found = DATE_FORMATS.find((f) => f.id === id);
	if (!found) throw new Error(`unknown date format '${id}' (known: ${DATE_FORMATS.map((f) => f.id).join(', ')})`);
	return found;
}

/** Formats whose SQL is the same expression: detection counts one, the label follows the values. */
export const ISO_IDS = ['YYYY-MM-DD', 'YYYY-MM-DD HH:mm', 'ISO 8601'];
