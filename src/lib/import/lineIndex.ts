import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { ident, literal } from './sqlText';

export interface LineIndexInput {
	/** physicalLines(...) of the file. */
	linesSource: string;
	/** Physical lines read_csv skipped before the header (or the first row). */
	skip: number;
	hasHeader: boolean;
	quote: string;
	escape: string;
	rejectsTable: string;
	rawRows: number;
}

export interface LineIndex {
	/** (ordinal, line): the physical line where the raw table's row `rowid = ordinal` starts. */
	table: string;
	/** DuckDB's reject line number → physical line. */
	rejectLines: Map<number, number>;
	totalLines: number;
	/** Empty physical lines after the header, outside quoted fields. */
	blankLines: number;
	/** False when the records found in the file do not match the rows parsed (line numbers unknown). */
	exact: boolean;
}

/**
 * Physical line numbers for parsed rows. read_csv does not give them, and its reject line numbers
 * do not count line breaks inside quoted fields; so we read the file once more as plain lines, track
 * whether each line starts inside a quoted field (quote-count parity), and number the records.
 */
export async function buildLineIndex(engine: Engine, name: string, input: LineIndexInput): Promise<LineIndex> {
	const table = `${name}_lines`;
	const idx = `${name}_lineidx`;
	const quotes = quoteCount(input.quote, input.escape);
	const [probe] = tableRows(
		await engine.query(`SELECT count(*) FILTER (WHERE ${quotes} % 2 = 1) AS odd FROM ${input.linesSource} WHERE text IS NOT NULL`)
	);
	const multiline = Number(probe.odd) > 0;
	const numbered = `l AS (SELECT row_number() OVER () AS line, text FROM ${input.linesSource})`;
	const before = 'OVER (ORDER BY line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)';
	const body = multiline
		? `WITH ${numbered},
			q AS (SELECT line, text IS NULL AS empty, CASE WHEN line <= ${input.skip} OR text IS NULL THEN 0 ELSE ${quotes} END AS quotes FROM l),
			p AS (SELECT line, empty, coalesce(sum(quotes) ${before}, 0) % 2 = 1 AS inside FROM q)
			SELECT line, line - coalesce(sum(inside::INTEGER) ${before}, 0) AS logical, empty, inside FROM p`
		: `WITH ${numbered} SELECT line, line AS logical, text IS NULL AS empty, false AS inside FROM l`;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(idx)} AS ${body}`);
	const firstData = `(SELECT min(line) FROM ${ident(idx)} WHERE line > ${input.skip} AND NOT inside AND NOT empty)`;
	const afterHeader = input.hasHeader ? `line > ${firstData}` : `line > ${input.skip}`;
	const [stats] = tableRows(
		await engine.query(
			`SELECT count(*) AS total, count(*) FILTER (WHERE empty AND NOT inside AND ${afterHeader}) AS blank FROM ${ident(idx)}`
		)
	);
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(table)} AS
		SELECT row_number() OVER (ORDER BY line) - 1 AS ordinal, line FROM ${ident(idx)}
		WHERE ${afterHeader} AND NOT inside AND NOT empty AND logical NOT IN (SELECT line FROM ${ident(input.rejectsTable)})`
	);
	const rejectRows = tableRows(
		await engine.query(
			`SELECT r.line AS logical, i.line AS line FROM (SELECT DISTINCT line FROM ${ident(input.rejectsTable)}) r
			LEFT JOIN ${ident(idx)} i ON i.logical = r.line AND NOT i.inside AND NOT i.empty`
		)
	);
	const [count] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(table)}`));
	await engine.exec(`DROP TABLE IF EXISTS ${ident(idx)}`);
	return {
		table,
		rejectLines: new Map(rejectRows.filter((r) => r.line !== null).map((r) => [Number(r.logical), Number(r.line)])),
		totalLines: Number(stats.total),
		blankLines: Number(stats.blank),
		exact: Number(count.n) === input.rawRows
	};
}

function quoteCount(quote: string, escape: string): string {
	if (!quote) return '0';
	const count = (s: string) => `(length(text) - length(replace(text, ${literal(s)}, ''))) // ${s.length}`;
	return escape && escape !== quote ? `(${count(quote)} - ${count(escape + quote)})` : count(quote);
}
