import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { csvRecord, csvRecordSql } from './csvText';
import { rowLineSql } from './lineIndex';
import { ident } from './sqlText';
import type { ImportResult, ParsedFile, RejectedRow } from './types';

/** Rejected rows get their physical line (or Parquet row) and the full message once known. */
export async function finalizeRejects(engine: Engine, parsed: ParsedFile): Promise<void> {
	const table = ident(parsed.internal.rejectsTable);
	const rows = parsed.internal.rowLines;
	if (parsed.internal.unit === 'row') await engine.exec(`UPDATE ${table} SET __line = __row + 1 WHERE __line IS NULL AND __row IS NOT NULL`);
	else if (rows.kind === 'offset' || rows.kind === 'sparse') {
		await engine.exec(`UPDATE ${table} SET __line = ${rowLineSql(rows, '__row').line} WHERE __line IS NULL AND __row IS NOT NULL`);
	} else if (rows.kind === 'table') {
		await engine.exec(
			`UPDATE ${table} SET __line = l.line FROM (SELECT * FROM ${ident(rows.table)} WHERE ordinal IN (SELECT __row FROM ${table} WHERE __line IS NULL)) l
			WHERE ${table}.__line IS NULL AND l.ordinal = ${table}.__row`
		);
	}
	await engine.exec(
		`UPDATE ${table} SET __message = CASE WHEN __line IS NOT NULL THEN '${parsed.internal.unit} ' || __line WHEN __row IS NOT NULL THEN 'record ' || (__row + 1) ELSE 'an untraced line' END || ', ' || __reason
		WHERE __message IS NULL`
	);
}

const ORDER = 'ORDER BY __line NULLS LAST, __row NULLS LAST';

/** Rejected rows of a result (all of them, or the first `limit`), in file order. */
export async function rejectedRows(engine: Engine, result: Pick<ImportResult, 'rejectsTable'>, limit?: number): Promise<RejectedRow[]> {
	if (!result.rejectsTable) return [];
	const rows = tableRows(
		await engine.query(`SELECT __line AS line, __column AS column, __reason AS reason, __message AS message FROM ${ident(result.rejectsTable)} ${ORDER}${limit === undefined ? '' : ` LIMIT ${limit}`}`)
	);
	return rows.map((r) => ({
		line: r.line === null ? null : Number(r.line),
		column: r.column === null ? null : String(r.column),
		reason: String(r.reason),
		message: String(r.message ?? r.reason)
	}));
}

/**
 * The rejected rows as a CSV for download: line, column and message first, then the row's values
 * in the file's own columns (empty for lines that could not be split), then the line's raw text.
 */
export async function rejectedRowsCsv(engine: Engine, result: Pick<ImportResult, 'rejectsTable'>): Promise<string> {
	if (!result.rejectsTable) return csvRecord(['line', 'column', 'message']) + '\r\n';
	const table = ident(result.rejectsTable);
	const columns = tableRows(await engine.query(`SELECT column_name AS c FROM (DESCRIBE ${table})`))
		.map((r) => String(r.c))
		.filter((c) => !c.startsWith('__'));
	const header = csvRecord(['line', 'column', 'message', ...columns, 'raw text']);
	const record = csvRecordSql(['__line', '__column', '__message', ...columns.map(ident), '__text']);
	const [row] = tableRows(await engine.query(`SELECT coalesce(string_agg(${record}, chr(13) || chr(10) ${ORDER}), '') AS body FROM ${table}`));
	const body = String(row.body);
	return header + '\r\n' + (body === '' ? '' : body + '\r\n');
}
