import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { ident, literal } from './sqlText';

export interface LineIndexInput {
	/** physicalLines(...) of the file. */
	linesSource: string;
	/** Physical lines read_csv skipped before the header (or the first row). */
	skip: number;
	hasHeader: boolean;
	/** Empty lines among the skipped ones and the header (known from the head). */
	emptyBeforeData: number;
	quote: string;
	escape: string;
	/** read_csv's rejects table (its `line` column) and how many records it holds. */
	rejectsTable: string;
	structuralRecords: number;
	rawRows: number;
	/** The raw table and its text columns, where line breaks inside quoted fields can be counted. */
	rawTable: string;
	textColumns: string[];
}

/**
 * Where the raw table's rows start in the file. `offset`: row `rowid` is on line rowid + offset
 * (no blank lines, no multi-line records, no rejected lines). `sparse`: the same, plus the extra
 * lines of the few rows whose quoted fields hold line breaks (table of ordinal, extra). `table`:
 * (ordinal, line) for every row.
 */
export type RowLines =
	| { kind: 'offset'; offset: number }
	| { kind: 'sparse'; offset: number; table: string }
	| { kind: 'table'; table: string }
	| { kind: 'unknown' };

export interface LineIndex {
	rows: RowLines;
	/** read_csv's reject line number → physical line. */
	rejectLines: Map<number, number>;
	/** Empty physical lines after the header, outside quoted fields. */
	blankLines: number;
}

/**
 * Physical line numbers for parsed rows. read_csv does not give them, and its reject line numbers
 * do not count line breaks inside quoted fields. One cheap pass over the file as plain lines tells
 * whether any record spans lines; only then is quote parity tracked line by line (a window sum).
 */
export async function buildLineIndex(engine: Engine, name: string, input: LineIndexInput): Promise<LineIndex> {
	const headerLines = input.hasHeader ? 1 : 0;
	const firstData = input.skip + headerLines + 1;
	const [probe] = tableRows(await engine.query(`SELECT count(*) AS total, count(*) FILTER (WHERE text IS NULL) AS empty FROM ${input.linesSource}`));
	const totalLines = Number(probe.total);
	const blankLines = Number(probe.empty) - input.emptyBeforeData;
	const recordLines = totalLines - (firstData - 1) - blankLines;
	const singleLineRecords = recordLines === input.rawRows + input.structuralRecords;
	if (input.structuralRecords === 0 && blankLines === 0) {
		if (singleLineRecords) return { rows: { kind: 'offset', offset: firstData }, rejectLines: new Map(), blankLines };
		const sparse = await sparseLines(engine, name, input);
		if (sparse && recordLines === input.rawRows + sparse.extra) {
			return { rows: { kind: 'sparse', offset: firstData, table: sparse.table }, rejectLines: new Map(), blankLines };
		}
		if (sparse) await engine.exec(`DROP TABLE ${ident(sparse.table)}`);
	}
	const table = `${name}_lines`;
	const starts = `${name}_starts`;
	const numbered = `l AS (SELECT row_number() OVER () AS line, text FROM ${input.linesSource})`;
	let blank = blankLines;
	if (singleLineRecords) {
		await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(starts)} AS WITH ${numbered} SELECT line, line AS logical FROM l WHERE line >= ${firstData} AND text IS NOT NULL`);
	} else {
		// A line starts inside a quoted field when the quotes before it (after the skipped lines) are odd;
		// read_csv's line numbers count a record's lines as one.
		const quotes = quoteCount(input.quote, input.escape);
		await engine.exec(
			`CREATE OR REPLACE TEMP TABLE ${ident(starts)} AS WITH ${numbered},
			q AS (SELECT line, text IS NULL AS empty, CASE WHEN line <= ${input.skip} OR text IS NULL THEN 0 ELSE ${quotes} END AS quotes FROM l),
			p AS (SELECT line, empty, (sum(quotes) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) - quotes) % 2 = 1 AS inside FROM q)
			SELECT line, empty, inside, ${
				input.structuralRecords > 0 ? 'line - (sum(inside::INTEGER) OVER (ORDER BY line ROWS UNBOUNDED PRECEDING) - inside::INTEGER)' : 'line'
			} AS logical FROM p`
		);
		const [row] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(starts)} WHERE empty AND NOT inside AND line >= ${firstData}`));
		blank = Number(row.n);
		await engine.exec(`DELETE FROM ${ident(starts)} WHERE line <= ${input.skip} OR inside OR empty`);
		if (input.hasHeader) await engine.exec(`DELETE FROM ${ident(starts)} WHERE line = (SELECT min(line) FROM ${ident(starts)})`);
	}
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(table)} AS SELECT row_number() OVER (ORDER BY line) - 1 AS ordinal, line FROM ${ident(starts)}
		WHERE logical NOT IN (SELECT line FROM ${ident(input.rejectsTable)})`
	);
	const rejectRows = tableRows(
		await engine.query(`SELECT r.line AS logical, s.line AS line FROM (SELECT DISTINCT line FROM ${ident(input.rejectsTable)}) r LEFT JOIN ${ident(starts)} s ON s.logical = r.line`)
	);
	const [count] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(table)}`));
	await engine.exec(`DROP TABLE ${ident(starts)}`);
	const exact = Number(count.n) === input.rawRows;
	if (!exact) await engine.exec(`DROP TABLE ${ident(table)}`);
	return {
		rows: exact ? { kind: 'table', table } : { kind: 'unknown' },
		rejectLines: new Map(rejectRows.filter((r) => r.line !== null).map((r) => [Number(r.logical), Number(r.line)])),
		blankLines: blank
	};
}

/** Rows whose text holds line breaks, with how many: cheap when (as usual) they are few. */
async function sparseLines(engine: Engine, name: string, input: LineIndexInput): Promise<{ table: string; extra: number } | null> {
	if (input.textColumns.length === 0) return null;
	const table = `${name}_multiline`;
	const breaks = input.textColumns.map((c) => `coalesce(length(${ident(c)}) - length(replace(${ident(c)}, chr(10), '')), 0)`).join(' + ');
	const any = input.textColumns.map((c) => `contains(${ident(c)}, chr(10))`).join(' OR ');
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(table)} AS SELECT rowid AS ordinal, ${breaks} AS extra FROM ${ident(input.rawTable)} WHERE ${any}`);
	const [row] = tableRows(await engine.query(`SELECT coalesce(sum(extra), 0) AS extra FROM ${ident(table)}`));
	return { table, extra: Number(row.extra) };
}

/**
 * SQL pieces giving the physical line of rows whose raw rowid is `rowid` (a column of the query):
 * a LEFT JOIN to add after FROM (may be empty) and the line expression (NULL when unknown).
 */
export function rowLineSql(rows: RowLines, rowid: string): { join: string; line: string } {
	if (rows.kind === 'offset') return { join: '', line: `(${rowid} + ${rows.offset})` };
	if (rows.kind === 'sparse') {
		return { join: '', line: `(${rowid} + ${rows.offset} + coalesce((SELECT sum(extra) FROM ${ident(rows.table)} WHERE ordinal < ${rowid}), 0))` };
	}
	if (rows.kind === 'table') return { join: `LEFT JOIN ${ident(rows.table)} __lines ON __lines.ordinal = ${rowid}`, line: '__lines.line' };
	return { join: '', line: 'NULL' };
}

function quoteCount(quote: string, escape: string): string {
	if (!quote) return '0';
	const count = (s: string) => `(length(text) - length(replace(text, ${literal(s)}, ''))) // ${s.length}`;
	return escape && escape !== quote ? `(${count(quote)} - ${count(escape + quote)})` : count(quote);
}
