import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import type { ByteSniff } from './bytes';
import { ImportError } from './bytes';
import { chooseLayout, duckSniff, uniqueColumnNames, type DetectedLayout } from './dialect';
import { escapedLiteral, ident, literal } from './sqlText';
import type { Encoding, SkippedLine } from './types';

const HEAD_LINES = 500;
/** A delimiter no export uses, so read_csv hands back whole physical lines. */
const LINE_DELIMITER = '\x1f\x1e\x1d';

/** read_csv options for the encoding and compression (DuckDB reads UTF-16LE and Latin-1 itself). */
export function encodingOptions(encoding: Encoding, compression: 'gzip' | null): string {
	const parts: string[] = [];
	if (encoding === 'utf-16le') parts.push("encoding='utf-16'");
	if (encoding === 'latin-1') parts.push("encoding='latin-1'");
	if (compression) parts.push(`compression='${compression}'`);
	return parts.map((p) => `, ${p}`).join('');
}

/** The file as one VARCHAR column `text`, one row per physical line (empty lines are NULL). */
export function physicalLines(name: string, options: string): string {
	return `read_csv(${literal(name)}, columns={'text': 'VARCHAR'}, delim=${escapedLiteral(LINE_DELIMITER)}, quote='', escape='', header=false, auto_detect=false${options})`;
}

export async function headLines(engine: Engine, name: string, options: string): Promise<(string | null)[]> {
	const rows = tableRows(await engine.query(`SELECT text FROM ${physicalLines(name, options)} LIMIT ${HEAD_LINES}`));
	return rows.map((r) => (r.text === null ? null : String(r.text)));
}

export interface TextLayout extends DetectedLayout {
	columns: string[];
	newline: '\n' | '\r\n' | '\r';
	/** Every physical line before the header (or the first row), blank ones as ''. */
	preambleLines: SkippedLine[];
}

export async function detectTextLayout(engine: Engine, file: string, name: string, sniff: ByteSniff, head: Uint8Array): Promise<TextLayout> {
	const options = encodingOptions(sniff.encoding, sniff.compression);
	let lines: (string | null)[];
	try {
		lines = await headLines(engine, name, options);
	} catch (e) {
		throw new ImportError(file, `cannot be read as text: ${firstLine(e)}`);
	}
	if (lines.every((l) => l === null || l.trim() === '')) throw new ImportError(file, 'has no header row and no data (only empty lines)');
	const duck = await duckSniff(engine, name, options);
	const layout = chooseLayout(lines, duck);
	const newline = sniff.compression ? (duck?.newline.includes('\\r\\n') ? '\r\n' : '\n') : newlineOf(head, sniff.encoding);
	const preambleLines = lines.slice(0, layout.skip).map((text, i) => ({ line: i + 1, text: text ?? '' }));
	return { ...layout, columns: uniqueColumnNames(layout.headers), newline, preambleLines };
}

function newlineOf(head: Uint8Array, encoding: Encoding): '\n' | '\r\n' | '\r' {
	const label = encoding === 'latin-1' ? 'latin1' : encoding;
	const text = new TextDecoder(label).decode(head.subarray(0, 16384));
	const lf = text.indexOf('\n');
	if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
	if (lf < 0 && text.includes('\r')) return '\r';
	return '\n';
}

export function firstLine(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return message.split('\n')[0];
}

export interface RawReadArgs {
	name: string;
	layout: TextLayout;
	options: string;
	rejectsTable: string;
	rejectsScan: string;
}

/** read_csv arguments after the file name, everything explicit so the sniffer cannot second-guess. */
export function rawReadArgs({ layout, options, rejectsTable, rejectsScan }: RawReadArgs): string {
	const columns = layout.columns.map((c) => `${literal(c)}: 'VARCHAR'`).join(', ');
	const { delimiter, quote, escape } = layout.dialect;
	return [
		'auto_detect=false',
		`columns={${columns}}`,
		`header=${layout.hasHeader}`,
		`skip=${layout.skip}`,
		`delim=${escapedLiteral(delimiter)}`,
		`quote=${escapedLiteral(quote)}`,
		`escape=${escapedLiteral(escape)}`,
		'store_rejects=true',
		`rejects_table=${literal(rejectsTable)}`,
		`rejects_scan=${literal(rejectsScan)}`
	].join(', ') + options;
}

export async function readTextIntoTable(engine: Engine, file: string, table: string, args: RawReadArgs): Promise<number> {
	try {
		await engine.query(`CREATE OR REPLACE TABLE ${ident(table)} AS SELECT * FROM read_csv(${literal(args.name)}, ${rawReadArgs(args)})`);
	} catch (e) {
		throw new ImportError(file, `could not be parsed as ${JSON.stringify(args.layout.dialect.delimiter)}-delimited text: ${firstLine(e)}`);
	}
	const [row] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(table)}`));
	return Number(row.n);
}

export interface StructuralReject {
	/** DuckDB's line number: physical lines minus quoted line breaks after the skipped lines. */
	logicalLine: number;
	errorType: string;
	text: string;
	message: string;
}

/** Rows read_csv could not split into the header's columns, one entry per line. */
export async function structuralRejects(engine: Engine, rejectsTable: string, width: number): Promise<StructuralReject[]> {
	const rows = tableRows(
		await engine.query(
			`SELECT line, min(error_type) AS error_type, min(csv_line) AS csv_line, min(error_message) AS error_message FROM ${ident(rejectsTable)} GROUP BY line ORDER BY line`
		)
	);
	return rows.map((r) => {
		const text = String(r.csv_line ?? '').replace(/^[\r\n]+/, '');
		return { logicalLine: Number(r.line), errorType: String(r.error_type), text, message: describeStructural(String(r.error_type), String(r.error_message ?? ''), width) };
	});
}

function describeStructural(type: string, message: string, width: number): string {
	const found = /Found: (\d+)/.exec(message);
	if (type === 'MISSING COLUMNS' || type === 'TOO MANY COLUMNS') {
		return `expected ${width} columns, found ${found ? found[1] : type === 'MISSING COLUMNS' ? 'fewer' : 'more'}`;
	}
	if (type === 'UNQUOTED VALUE') return 'a quoted value is not closed before the end of the row (unterminated or stray quote)';
	if (type === 'INVALID UNICODE') return 'bytes that are not valid text in the file encoding';
	if (type === 'LINE SIZE OVER MAXIMUM') return 'the row is longer than 2 MB (a quote is probably never closed)';
	return `${type.toLowerCase()}: ${message.split('\n')[0]}`;
}
