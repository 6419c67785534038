import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { DATE_FORMATS, ISO_IDS, NATIVE_DATE } from './dateFormats';
import { ident, literal } from './sqlText';
import type { ColumnProfile, ColumnType } from './types';

export interface RawColumn {
	name: string;
	/** DuckDB type: VARCHAR for CSV, anything for Parquet. */
	type: string;
}

const SAMPLE_ROWS = 2000;
/** Share of a sample that must parse as dates for a column to count as a date column. */
const DATE_SHARE = 0.8;
const LOOSE_DATE =
	'(\\d{1,4}[-/. ]\\d{1,2}[-/. ]\\d{1,4}|[A-Za-z]{3,9}\\.? \\d{1,2},? \\d{2,4}|\\d{1,2}[ -][A-Za-z]{3,9}\\.?[ -]\\d{2,4}|\\d{4}-\\d{1,2}|[A-Za-z]{3,9}[ -]\\d{2,4}|\\d{5}(\\.\\d+)?).*';
const DATE_HEADER = /date|time|created|closed|_at\b|\bat$|month|day|period|\bon$/i;

export async function rawColumns(engine: Engine, table: string): Promise<RawColumn[]> {
	const rows = tableRows(await engine.query(`DESCRIBE ${ident(table)}`));
	return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
}

interface TextStats {
	col: string;
	n: number;
	ints: number;
	int5: number;
	dotNumbers: number;
	commaNumbers: number;
	dotEvidence: number;
	commaEvidence: number;
	amountDot: number;
	amountComma: number;
	withCurrency: number;
	bools: number;
	looseDates: number;
	isoT: number;
	isoTime: number;
	examples: string[];
}

/**
 * Type, date format and decimal separator of every column, from a reservoir sample of the raw
 * table. `decimalHint` breaks ties when no value shows which separator is the decimal one.
 */
export async function profileColumns(engine: Engine, table: string, columns: readonly RawColumn[], decimalHint: '.' | ','): Promise<ColumnProfile[]> {
	const sample = `${table}_sample`;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(sample)} AS SELECT * FROM ${ident(table)} USING SAMPLE reservoir(${SAMPLE_ROWS} ROWS) REPEATABLE (42)`);
	const [{ n: sampled }] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(sample)}`));
	const text = columns.filter((c) => c.type === 'VARCHAR');
	const stats = new Map((await textStats(engine, sample, text)).map((s) => [s.col, s]));
	const dateCandidates = text.filter((c) => {
		const s = stats.get(c.name);
		return s !== undefined && s.n > 0 && (s.looseDates >= s.n * 0.5 || (s.int5 === s.n && DATE_HEADER.test(c.name)));
	});
	const dateCounts = await dateFormatCounts(engine, sample, dateCandidates.map((c) => c.name));
	await engine.exec(`DROP TABLE IF EXISTS ${ident(sample)}`);
	return columns.map((c) => {
		const s = stats.get(c.name);
		return s ? textProfile(c.name, s, dateCounts.get(c.name) ?? null, decimalHint, Number(sampled)) : typedProfile(c, Number(sampled));
	});
}

async function textStats(engine: Engine, sample: string, columns: readonly RawColumn[]): Promise<TextStats[]> {
	if (columns.length === 0) return [];
	const sql = `WITH u AS (UNPIVOT (SELECT ${columns.map((c) => ident(c.name)).join(', ')} FROM ${ident(sample)}) ON COLUMNS(*) INTO NAME col VALUE raw),
		t AS (SELECT col, trim(raw) AS v FROM u WHERE trim(raw) <> '')
		SELECT col, count(*) AS n,
			count(*) FILTER (WHERE regexp_full_match(v, '[-+]?\\d+')) AS ints,
			count(*) FILTER (WHERE regexp_full_match(v, '\\d{5}(\\.\\d+)?')) AS int5,
			count(*) FILTER (WHERE regexp_full_match(v, '[-+]?\\d*\\.\\d+')) AS dotNumbers,
			count(*) FILTER (WHERE regexp_full_match(v, '[-+]?\\d*,\\d+')) AS commaNumbers,
			count(*) FILTER (WHERE regexp_matches(v, '\\d\\.(\\d{1,2}|\\d{4,})(\\D|$)|,\\d{3}\\.\\d')) AS dotEvidence,
			count(*) FILTER (WHERE regexp_matches(v, '\\d,(\\d{1,2}|\\d{4,})(\\D|$)|\\.\\d{3},\\d')) AS commaEvidence,
			count(import_amount(v, '.')) AS amountDot,
			count(import_amount(v, ',')) AS amountComma,
			count(import_currency(v)) AS withCurrency,
			count(*) FILTER (WHERE lower(v) IN ('true', 'false', 'yes', 'no')) AS bools,
			count(*) FILTER (WHERE regexp_full_match(v, '${LOOSE_DATE}')) AS looseDates,
			count(*) FILTER (WHERE regexp_matches(v, '^\\d{4}-\\d{1,2}-\\d{1,2}T')) AS isoT,
			count(*) FILTER (WHERE regexp_matches(v, '^\\d{4}-\\d{1,2}-\\d{1,2} \\d')) AS isoTime,
			list_slice(list_distinct(list(v)), 1, 3) AS examples
		FROM t GROUP BY col`;
	return tableRows(await engine.query(sql)).map((r) => ({
		col: String(r.col),
		n: Number(r.n),
		ints: Number(r.ints),
		int5: Number(r.int5),
		dotNumbers: Number(r.dotNumbers),
		commaNumbers: Number(r.commaNumbers),
		dotEvidence: Number(r.dotEvidence),
		commaEvidence: Number(r.commaEvidence),
		amountDot: Number(r.amountDot),
		amountComma: Number(r.amountComma),
		withCurrency: Number(r.withCurrency),
		bools: Number(r.bools),
		looseDates: Number(r.looseDates),
		isoT: Number(r.isoT),
		isoTime: Number(r.isoTime),
		examples: Array.isArray(r.examples) ? r.examples.map(String) : []
	}));
}

/** For each column, how many sampled values each date format parses (ISO variants counted once). */
export async function dateFormatCounts(engine: Engine, sample: string, names: readonly string[]): Promise<Map<string, Map<string, number>>> {
	const out = new Map<string, Map<string, number>>();
	if (names.length === 0) return out;
	const formats = DATE_FORMATS.filter((f) => f.id === ISO_IDS[0] || !ISO_IDS.includes(f.id));
	const selects = names.map(
		(name) =>
			`SELECT ${literal(name)} AS col, ${formats.map((f, i) => `count(${f.sql('v')}) AS f${i}`).join(', ')}
			FROM (SELECT trim(${ident(name)}) AS v FROM ${ident(sample)}) WHERE v <> ''`
	);
	for (const r of tableRows(await engine.query(selects.join(' UNION ALL ')))) {
		out.set(String(r.col), new Map(formats.map((f, i) => [f.id, Number(r[`f${i}`])])));
	}
	return out;
}

/** The best date format among counts; M/D against D/M ties go to the hint (European files: D/M). */
export function bestDateFormat(counts: Map<string, number>, decimalHint: '.' | ','): { id: string; parsed: number; ambiguous: boolean } | null {
	let best: string | null = null;
	let parsed = 0;
	for (const [id, n] of counts) {
		if (n > parsed) [best, parsed] = [id, n];
	}
	if (best === null) return null;
	const pairs: [string, string][] = [
		['M/D/YYYY', 'D/M/YYYY'],
		['M/D/YY', 'D/M/YY']
	];
	for (const [us, eu] of pairs) {
		if ((best === us || best === eu) && counts.get(us) === counts.get(eu)) {
			return { id: decimalHint === ',' ? eu : us, parsed, ambiguous: true };
		}
	}
	return { id: best, parsed, ambiguous: false };
}

function textProfile(name: string, s: TextStats, dates: Map<string, number> | null, hint: '.' | ',', sampled: number): ColumnProfile {
	const decimal: '.' | ',' = s.commaEvidence > s.dotEvidence ? ',' : s.dotEvidence > s.commaEvidence ? '.' : hint;
	const date = dates ? bestDateFormat(dates, hint) : null;
	let dateFormat = date && date.parsed > 0 ? date.id : null;
	if (dateFormat === ISO_IDS[0] && s.isoT > s.n / 2) dateFormat = 'ISO 8601';
	else if (dateFormat === ISO_IDS[0] && s.isoTime > s.n / 2) dateFormat = 'YYYY-MM-DD HH:mm';
	const amounts = decimal === ',' ? s.amountComma : s.amountDot;
	const plain = s.ints + (decimal === ',' ? s.commaNumbers : s.dotNumbers);
	let type: ColumnType;
	if (s.n === 0) type = 'empty';
	else if (s.bools === s.n) type = 'boolean';
	else if (date && date.parsed >= s.n * DATE_SHARE && (s.ints < s.n || DATE_HEADER.test(name))) type = 'date';
	else if (s.ints === s.n) type = 'integer';
	else if (plain === s.n) type = 'number';
	else if (amounts >= s.n * 0.95) type = s.withCurrency > 0 ? 'amount' : 'number';
	else type = 'text';
	return {
		name,
		type,
		dateFormat: type === 'date' || dateFormat ? dateFormat : null,
		decimal,
		ambiguousDate: dateFormat !== null && (date?.ambiguous ?? false),
		nonEmpty: s.n,
		sampled,
		examples: s.examples
	};
}

function typedProfile(c: RawColumn, sampled: number): ColumnProfile {
	const t = c.type.toUpperCase();
	const type: ColumnType = t.endsWith('[]')
		? 'list'
		: t === 'DATE' || t.startsWith('TIMESTAMP')
			? 'date'
			: /INT/.test(t)
				? 'integer'
				: /DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/.test(t)
					? 'number'
					: t === 'BOOLEAN'
						? 'boolean'
						: 'text';
	return { name: c.name, type, dateFormat: type === 'date' ? NATIVE_DATE : null, decimal: '.', ambiguousDate: false, nonEmpty: sampled, sampled, examples: [] };
}

const DAY_FIRST = ['D/M/YYYY', 'D/M/YY', 'D.M.YYYY', 'D.M.YY', 'D-M-YYYY'];
const MONTH_FIRST = ['M/D/YYYY', 'M/D/YY'];
const SWAP: Record<string, string> = { 'M/D/YYYY': 'D/M/YYYY', 'D/M/YYYY': 'M/D/YYYY', 'M/D/YY': 'D/M/YY', 'D/M/YY': 'M/D/YY' };

/**
 * A column whose days are all ≤ 12 cannot tell M/D from D/M; another date column of the same file
 * that can settles it (one export uses one order).
 */
export function settleDayMonthOrder(profiles: ColumnProfile[]): void {
	const decided = profiles.filter((p) => p.dateFormat && !p.ambiguousDate && p.nonEmpty > 0);
	const dayFirst = decided.some((p) => DAY_FIRST.includes(p.dateFormat as string));
	const monthFirst = decided.some((p) => MONTH_FIRST.includes(p.dateFormat as string));
	if (dayFirst === monthFirst) return;
	for (const p of profiles) {
		if (!p.ambiguousDate || !p.dateFormat) continue;
		const wanted = dayFirst ? DAY_FIRST : MONTH_FIRST;
		if (!wanted.includes(p.dateFormat) && SWAP[p.dateFormat]) p.dateFormat = SWAP[p.dateFormat];
		p.ambiguousDate = false;
	}
}
