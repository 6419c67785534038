import type { Engine, ParquetCodec } from '../db/engine';
import { tableRows } from '../db/rows';
import { dateFormat, NATIVE_DATE } from './dateFormats';
import { loadImports } from './load';
import { readImportFile } from './readFile';
import { rejectedRows } from './rejects';
import { ident } from './sqlText';
import type { ColumnProfile, ImportMapping, ImportSource, ParsedFile, RejectedRow, SkippedLines, StageValue, TableKind, TextDialect } from './types';

export interface RowAccounting {
	read: number;
	loaded: number;
	rejected: number;
	superseded: number;
	/** Counted against an empty accounts table: every deal with an account id counts. */
	unknownAccount: number;
}

/** Everything `inspect` prints, as data (its --json output). */
export interface InspectReport {
	file: string;
	size: number;
	format: 'csv' | 'parquet';
	dialect: TextDialect | null;
	headers: string[];
	columns: ColumnProfile[];
	skipped: SkippedLines;
	kind: TableKind | null;
	mapping: ImportMapping | null;
	unfitReason: string | null;
	stageValues: StageValue[];
	accounting: RowAccounting;
	rejects: RejectedRow[];
	firstRows: Record<string, string | null>[];
	warnings: string[];
}

const SHOWN_REJECTS = 20;
const SHOWN_ROWS = 5;

/**
 * Reads one file through the pipeline and, when a kind fits, converts and loads it with the
 * suggested mapping (into the engine's canonical tables) so the accounting is the real one.
 * The raw table is kept: `rawTableCsv(engine, parsed, …)` writes it out.
 */
export async function inspectSource(engine: Engine, source: ImportSource, codec?: ParquetCodec): Promise<{ report: InspectReport; parsed: ParsedFile; rejectsTable: string }> {
	const parsed = await readImportFile(engine, source, { codec });
	const firstRows = tableRows(await engine.query(`SELECT * FROM ${ident(parsed.rawTable)} ORDER BY rowid LIMIT ${SHOWN_ROWS}`)).map((r) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : Array.isArray(v) ? JSON.stringify(v) : String(v)]))
	);
	let accounting: RowAccounting = { read: parsed.read, loaded: parsed.read - parsed.structuralRejects, rejected: parsed.structuralRejects, superseded: 0, unknownAccount: 0 };
	let rejects: RejectedRow[];
	const warnings = [...parsed.warnings];
	if (parsed.suggestion) {
		const [result] = await loadImports(engine, [{ parsed, mapping: parsed.suggestion }], { keepRaw: true });
		accounting = { read: result.read, loaded: result.loaded, rejected: result.rejected, superseded: result.superseded, unknownAccount: result.unknownAccount };
		rejects = result.rejects.slice(0, SHOWN_REJECTS);
		warnings.splice(0, warnings.length, ...result.warnings);
	} else rejects = await rejectedRows(engine, { rejectsTable: parsed.internal.rejectsTable }, SHOWN_REJECTS);
	const report: InspectReport = {
		file: parsed.file,
		size: source.size,
		format: parsed.format,
		dialect: parsed.dialect,
		headers: parsed.headers,
		columns: parsed.profiles,
		skipped: parsed.skipped,
		kind: parsed.suggestion?.kind ?? null,
		mapping: parsed.suggestion,
		unfitReason: parsed.unfitReason,
		stageValues: parsed.stageValues,
		accounting,
		rejects,
		firstRows,
		warnings
	};
	return { report, parsed, rejectsTable: parsed.internal.rejectsTable };
}

function shown(s: string): string {
	return JSON.stringify(s);
}

function table(rows: string[][]): string[] {
	const widths = rows[0].map((_, c) => Math.min(40, Math.max(...rows.map((r) => (r[c] ?? '').length))));
	return rows.map((r) => r.map((v, c) => (v.length > widths[c] ? v.slice(0, widths[c] - 1) + '…' : v.padEnd(widths[c]))).join('  ').trimEnd());
}

function dateLabel(p: ColumnProfile): string {
	if (!p.dateFormat) return '';
	if (p.dateFormat === NATIVE_DATE) return 'native date';
	return dateFormat(p.dateFormat).label + (p.ambiguousDate ? ' (M/D or D/M?)' : '');
}

/** The report as the text `inspect` prints. */
export function formatInspectReport(r: InspectReport): string {
	const out: string[] = [];
	out.push(`File: ${r.file} (${r.size.toLocaleString('en-US')} bytes, ${r.format === 'parquet' ? 'Parquet' : 'delimited text'})`);
	const d = r.dialect;
	if (d) {
		out.push(`Encoding: ${d.encoding}${d.bom ? ' with BOM' : ''}${d.transcoded ? ' (transcoded to UTF-8 before DuckDB)' : ''}${d.compression ? `, ${d.compression} compressed` : ''}`);
		out.push(`Delimiter: ${shown(d.delimiter)}  quote: ${shown(d.quote)}  escape: ${shown(d.escape)}  newline: ${shown(d.newline)}`);
		out.push(`Dialect from: ${d.sniffer === 'duckdb' ? "DuckDB's sniff_csv" : 'fallback detection'}${d.snifferNote ? ` (${d.snifferNote})` : ''}`);
		out.push(d.headerLine > 0 ? `Header: line ${d.headerLine}, ${r.headers.length} columns` : `Header: none (columns named column1…column${r.headers.length})`);
	}
	const { preamble, footer, blank } = r.skipped;
	out.push(`Preamble lines skipped: ${preamble.length}`);
	for (const l of preamble) out.push(`  line ${l.line}: ${l.text}`);
	out.push(`Footer lines skipped: ${footer.length}`);
	for (const l of footer) out.push(`  line ${l.line}: ${l.text}`);
	out.push(`Blank lines and empty rows skipped: ${blank}`);
	out.push('', 'Columns:');
	out.push(...table([['column', 'type', 'date format', 'decimal', 'non-empty/sampled', 'examples'], ...r.columns.map((c) => [c.name, c.type, dateLabel(c), c.type === 'amount' || c.type === 'number' ? c.decimal : '', `${c.nonEmpty}/${c.sampled}`, c.examples.join(' | ').replace(/\r?\n/g, '⏎')])]).map((l) => '  ' + l));
	out.push('');
	if (r.mapping) {
		out.push(`Kind: ${r.mapping.kind} (preset ${r.mapping.preset})`);
		for (const [field, sources] of Object.entries(r.mapping.columns)) out.push(`  ${field.padEnd(14)} ← ${(sources ?? []).join(' | ')}`);
		const extras = Object.entries(r.mapping.extraColumns);
		if (extras.length > 0) out.push(`  extra account attributes: ${extras.map(([c, n]) => `${c} → ${n}`).join(', ')}`);
		if (r.stageValues.length > 0) out.push(`  stages: ${r.stageValues.map((s) => `${s.value} (${s.rows}) → ${s.target}`).join(', ')}`);
	} else out.push(`Kind: none — ${r.unfitReason}`);
	const a = r.accounting;
	out.push('', `Rows: read ${a.read} = loaded ${a.loaded} + rejected ${a.rejected}`);
	if (r.mapping) out.push(`  superseded by a later row with the same key: ${a.superseded}; without a known account (no accounts loaded here): ${a.unknownAccount}`);
	for (const x of r.rejects) out.push(`  ${x.message}`);
	if (a.rejected > r.rejects.length) out.push(`  … and ${a.rejected - r.rejects.length} more (--rejects <file> writes them all)`);
	for (const w of r.warnings) out.push(`Warning: ${w}`);
	if (r.firstRows.length > 0) {
		out.push('', `First ${r.firstRows.length} rows:`);
		const names = Object.keys(r.firstRows[0]);
		out.push(...table([names, ...r.firstRows.map((row) => names.map((n) => (row[n] ?? '').replace(/\r?\n/g, '⏎')))]).map((l) => '  ' + l));
	}
	return out.join('\n');
}
