import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { splitRecords, type HeadRecord } from './csvRecords';
import { literal } from './sqlText';
import type { TextDialect } from './types';

/** What DuckDB's sniff_csv said, reduced to the parts we check. */
export interface DuckSniff {
	delimiter: string;
	quote: string;
	escape: string;
	newline: string;
	skipRows: number;
	hasHeader: boolean;
}

export interface DetectedLayout {
	dialect: Pick<TextDialect, 'delimiter' | 'quote' | 'escape' | 'headerLine' | 'sniffer' | 'snifferNote'>;
	/** Header fields as written; generated names when the file has no header row. */
	headers: string[];
	/** Records before the header (report title, filters …), blank lines excluded. */
	preamble: HeadRecord[];
	/** Physical lines read_csv skips before the header (or before the first row when there is none). */
	skip: number;
	hasHeader: boolean;
}

const FALLBACK_DELIMITERS = [',', ';', '\t', '|'];
const CONSISTENT = 0.9;

export async function duckSniff(engine: Engine, name: string, readOptions: string): Promise<DuckSniff | null> {
	try {
		const [row] = tableRows(await engine.query(`SELECT * FROM sniff_csv(${literal(name)}${readOptions})`));
		if (!row) return null;
		const unempty = (v: unknown) => (v === '(empty)' || v === null ? '' : String(v));
		return {
			delimiter: unempty(row.Delimiter),
			quote: unempty(row.Quote),
			escape: unempty(row.Escape),
			newline: unempty(row.NewLineDelimiter),
			skipRows: Number(row.SkipRows ?? 0),
			hasHeader: row.HasHeader === true
		};
	} catch {
		return null;
	}
}

interface Candidate {
	delimiter: string;
	quote: string;
	escape: string;
}

interface Evaluation {
	candidate: Candidate;
	width: number;
	headerIndex: number;
	records: HeadRecord[];
	/** Share of records after the header that have the header's width (trailing footer excluded). */
	consistency: number;
	matching: number;
}

/** Judges a dialect on the head: the header is the first record of the most common width. */
function evaluate(lines: readonly (string | null)[], candidate: Candidate, firstLine = 1): Evaluation {
	const records = splitRecords(lines, { ...candidate, firstLine }).filter((r) => !r.blank);
	const counts = new Map<number, number>();
	for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
	// The table's width: the most common one among widths shared by a header and a row at least;
	// report titles and footers are one-field lines, and in a short file they can outnumber rows.
	let width = 0;
	let best = -1;
	const multi = [...counts].filter(([w, n]) => w > 1 && n >= 2);
	for (const [w, n] of multi.length > 0 ? multi : counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
	const headerIndex = Math.max(0, records.findIndex((r) => r.fields.length === width));
	let body = records.slice(headerIndex + 1);
	let lastFull = body.length - 1;
	while (lastFull >= 0 && body[lastFull].fields.length !== width) lastFull--;
	body = body.slice(0, lastFull + 1);
	const matching = body.filter((r) => r.fields.length === width).length;
	return { candidate, width, headerIndex, records, consistency: body.length === 0 ? 1 : matching / body.length, matching };
}

/** Tiers: a consistent multi-column table, a mostly consistent one (ragged rows), anything else. */
function tier(e: Evaluation): number {
	if (e.width <= 1) return 0;
	return e.consistency >= CONSISTENT ? 2 : e.consistency >= 0.5 ? 1 : 0;
}

function better(a: Evaluation, b: Evaluation): boolean {
	if (tier(a) !== tier(b)) return tier(a) > tier(b);
	if (a.matching !== b.matching) return a.matching > b.matching;
	return a.width > b.width;
}

const NUMBERISH = /^\s*[-+$€£]?\s*\d[\d.,/: -]*\s*$/;

/**
 * DuckDB's sniffer first; our own search over delimiters when it fails, finds a single column
 * where another delimiter gives a consistent table, or gives a ragged table on the head.
 */
export function chooseLayout(lines: readonly (string | null)[], duck: DuckSniff | null): DetectedLayout {
	const fallbacks = FALLBACK_DELIMITERS.map((delimiter) => evaluate(lines, { delimiter, quote: '"', escape: '"' }));
	const bestFallback = fallbacks.reduce((a, b) => (better(b, a) ? b : a));
	let chosen = bestFallback;
	let sniffer: 'duckdb' | 'fallback' = 'fallback';
	let note: string | undefined;
	if (!duck) note = 'sniff_csv could not detect a dialect';
	else {
		const quote = duck.quote || '"';
		const escape = duck.escape || quote;
		const own = evaluate(lines.slice(duck.skipRows), { delimiter: duck.delimiter, quote, escape }, duck.skipRows + 1);
		const named = (e: Evaluation) => JSON.stringify(e.candidate.delimiter);
		if (own.consistency < CONSISTENT) note = `sniff_csv's delimiter ${JSON.stringify(duck.delimiter)} gives a ragged table`;
		else if (better(bestFallback, own) && bestFallback.width > own.width) {
			note = `sniff_csv found ${own.width} column(s); ${named(bestFallback)} gives ${bestFallback.width} columns`;
		} else {
			chosen = own;
			sniffer = 'duckdb';
		}
	}
	const first = chosen.records[chosen.headerIndex];
	const width = Math.max(chosen.width, 1);
	const headerless = sniffer === 'duckdb' && duck !== null && !duck.hasHeader && first !== undefined && first.fields.some((f) => NUMBERISH.test(f));
	const hasHeader = first !== undefined && !headerless;
	const headers = hasHeader ? first.fields.map((f) => f.replace(/^\uFEFF/, '').trim()) : Array.from({ length: width }, (_, i) => `column${i + 1}`);
	return {
		dialect: {
			...chosen.candidate,
			headerLine: hasHeader ? first.line : 0,
			sniffer,
			...(note ? { snifferNote: note } : {})
		},
		headers,
		preamble: chosen.records.slice(0, chosen.headerIndex),
		skip: first ? first.line - 1 : 0,
		hasHeader
	};
}

/** Column names DuckDB can use: empty headers get `columnN`, repeated ones a ` (2)` suffix. */
export function uniqueColumnNames(headers: readonly string[]): string[] {
	const seen = new Set<string>();
	return headers.map((h, i) => {
		const base = h === '' ? `column${i + 1}` : h;
		let name = base;
		for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
		seen.add(name.toLowerCase());
		return name;
	});
}
