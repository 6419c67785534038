import type { Engine, ParquetCodec } from '../db/engine';
import { tableRows } from '../db/rows';
import { ImportError, sniffBytes, type ByteSniff } from './bytes';
import { splitRecords } from './csvRecords';
import { footerLike } from './footer';
import { headerSignature } from './headers';
import { buildLineIndex, rowLineSql, type RowLines } from './lineIndex';
import { ensureImportSchema } from './macros';
import { profileColumns, rawColumns, settleDayMonthOrder } from './profile';
import { encodingOptions, firstLine, detectTextLayout, physicalLines, readTextIntoTable, structuralRejects, type TextLayout } from './readText';
import { classifyStage, stageKey } from './stages';
import { finalizeRejects } from './rejects';
import { ident, trimmedText } from './sqlText';
import { detectKind, mappingFromFit } from './suggest';
import type { ImportProgress, ImportSource, ParsedFile, SkippedLine, StageValue, TextDialect } from './types';

export interface ReadOptions {
	codec?: ParquetCodec;
	onProgress?: (event: ImportProgress) => void;
}

let sequence = 0;

/**
 * Reads one file into an all-VARCHAR raw table (typed for Parquet) and describes it: dialect,
 * header, skipped preamble/footer/blank lines, rows the reader rejected, column profiles and the
 * suggested mapping. Nothing is written to the canonical tables yet.
 */
export async function readImportFile(engine: Engine, source: ImportSource, options: ReadOptions = {}): Promise<ParsedFile> {
	const file = source.label ?? source.name;
	const progress = (phase: ImportProgress['phase'], extra: Partial<ImportProgress> = {}) => options.onProgress?.({ file, phase, ...extra });
	await ensureImportSchema(engine);
	progress('sniff', { bytes: 0 });
	const sniff = sniffBytes(file, source.head, source.size);
	const id = `__import_${++sequence}_${Math.random().toString(36).slice(2, 8)}`;
	const parsed = sniff.format === 'parquet' ? await readParquet(engine, file, id, source, options.codec) : await readText(engine, file, id, source, sniff, progress);
	progress('read', { bytes: source.size, rows: parsed.read });
	progress('profile', { rows: parsed.read });
	const decimalHint = parsed.dialect?.delimiter === ';' ? ',' : '.';
	parsed.profiles = await profileColumns(engine, parsed.rawTable, parsed.internal.rawTypes, decimalHint);
	settleDayMonthOrder(parsed.profiles);
	const detection = detectKind(parsed.headers, parsed.columns);
	if (detection.fit) {
		const mapping = mappingFromFit(detection.fit, parsed.columns, parsed.profiles);
		const stage = mapping.columns.stage?.[0];
		if (stage) {
			parsed.stageValues = await stageValues(engine, parsed.rawTable, stage);
			parsed.stageColumn = stage;
			for (const v of parsed.stageValues) mapping.stages[stageKey(v.value)] = v.target;
		}
		parsed.suggestion = mapping;
		if (mapping.kind === 'deals' && !mapping.columns.closed_at) parsed.warnings.push('no column gives the close date: won and lost deals will be rejected until one is mapped');
		for (const p of parsed.profiles) {
			if (p.ambiguousDate && mapping.dateFormats[p.name]) parsed.warnings.push(`column ${p.name}: every day is 12 or less, so ${p.dateFormat} is a guess between M/D and D/M`);
		}
	} else parsed.unfitReason = detection.reason;
	await finalizeRejects(engine, parsed);
	return parsed;
}

function emptyParsed(file: string, source: ImportSource, id: string): ParsedFile {
	return {
		file,
		source,
		format: 'csv',
		dialect: null,
		headers: [],
		columns: [],
		signature: '',
		rawTable: `${id}_raw`,
		read: 0,
		structuralRejects: 0,
		profiles: [],
		skipped: { preamble: [], footer: [], blank: 0 },
		suggestion: null,
		unfitReason: null,
		stageValues: [],
		stageColumn: null,
		warnings: [],
		internal: { id, rawTypes: [], rejectsTable: `${id}_rejects`, rowLines: { kind: 'offset', offset: 1 }, unit: 'line' }
	};
}

async function createRejectsTable(engine: Engine, parsed: ParsedFile): Promise<void> {
	await engine.exec(
		`CREATE OR REPLACE TABLE ${ident(parsed.internal.rejectsTable)} AS
		SELECT NULL::BIGINT AS __row, NULL::BIGINT AS __line, NULL::VARCHAR AS __column, NULL::VARCHAR AS __reason, NULL::VARCHAR AS __text, NULL::VARCHAR AS __message, *
		FROM ${ident(parsed.rawTable)} LIMIT 0`
	);
}

async function readParquet(engine: Engine, file: string, id: string, source: ImportSource, codec: ParquetCodec | undefined): Promise<ParsedFile> {
	if (!codec) throw new ImportError(file, 'is a Parquet file, but no Parquet codec was given to decode it');
	if (!source.readAll) throw new ImportError(file, 'is a Parquet file; reading it needs the whole file (source.readAll)');
	const parsed = emptyParsed(file, source, id);
	parsed.format = 'parquet';
	parsed.internal.unit = 'row';
	try {
		await engine.insertArrowIPC(parsed.rawTable, codec.parquetToArrowIPC(await source.readAll()));
	} catch (e) {
		throw new ImportError(file, `is not a readable Parquet file: ${firstLine(e)}`);
	}
	parsed.internal.rawTypes = await rawColumns(engine, parsed.rawTable);
	parsed.headers = parsed.internal.rawTypes.map((c) => c.name);
	parsed.columns = parsed.headers;
	parsed.signature = headerSignature(parsed.headers);
	const [{ n }] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(parsed.rawTable)}`));
	parsed.read = Number(n);
	await createRejectsTable(engine, parsed);
	return parsed;
}

/** UTF-16BE is the one encoding duckdb-wasm reads wrong (as no rows): transcode it to UTF-8 in JS. */
async function transcodeUtf16be(engine: Engine, file: string, source: ImportSource): Promise<string> {
	if (!source.readAll) throw new ImportError(file, 'is UTF-16BE text; transcoding it needs the whole file (source.readAll)');
	const text = new TextDecoder('utf-16be').decode(await source.readAll());
	const name = `${source.name}.utf8`;
	await engine.registerFileBuffer(name, new TextEncoder().encode(text));
	return name;
}

async function readText(
	engine: Engine,
	file: string,
	id: string,
	source: ImportSource,
	sniff: ByteSniff,
	progress: (phase: ImportProgress['phase'], extra?: Partial<ImportProgress>) => void
): Promise<ParsedFile> {
	let name = source.name;
	let encoding = sniff.encoding;
	const transcoded = encoding === 'utf-16be';
	if (transcoded) {
		name = await transcodeUtf16be(engine, file, source);
		encoding = 'utf-8';
	}
	const options = encodingOptions(encoding, sniff.compression);
	const layout = await detectTextLayout(engine, file, name, { ...sniff, encoding }, source.head);
	const parsed = emptyParsed(file, source, id);
	parsed.dialect = dialectOf(layout, sniff, transcoded);
	parsed.headers = layout.headers;
	parsed.columns = layout.columns;
	parsed.signature = headerSignature(layout.headers);
	progress('read', { bytes: 0 });
	const csvRejects = `${id}_csvrejects`;
	const rawRows = await readTextIntoTable(engine, file, parsed.rawTable, {
		name,
		layout,
		options,
		rejectsTable: csvRejects,
		rejectsScan: `${id}_csvscan`
	});
	parsed.internal.rawTypes = await rawColumns(engine, parsed.rawTable);
	await createRejectsTable(engine, parsed);
	const structural = await structuralRejects(engine, csvRejects, layout.columns.length);
	const index = await buildLineIndex(engine, id, {
		linesSource: physicalLines(name, options),
		skip: layout.skip,
		hasHeader: layout.hasHeader,
		emptyBeforeData: layout.preambleLines.filter((l) => l.text === '').length,
		quote: layout.dialect.quote,
		escape: layout.dialect.escape,
		rejectsTable: csvRejects,
		structuralRecords: structural.length,
		rawRows,
		rawTable: parsed.rawTable,
		textColumns: layout.columns
	});
	parsed.internal.rowLines = index.rows;
	if (index.rows.kind === 'unknown') parsed.warnings.push('line numbers could not be traced (the quoting confuses line counting); rejected rows are numbered by record instead');

	const blankRows = await dropBlankRows(engine, parsed.rawTable, layout.columns);
	const footer = await dropFooter(engine, parsed, layout, structural, index.rows, index.rejectLines);
	const kept = structural.filter((r) => !footer.rejectLines.has(r.logicalLine));
	for (const r of kept) {
		const line = index.rejectLines.get(r.logicalLine) ?? null;
		await engine.query(`INSERT INTO ${ident(parsed.internal.rejectsTable)} (__row, __line, __column, __reason, __text) VALUES (NULL, ?, NULL, ?, ?)`, [line, r.message, r.text]);
	}
	const [{ n }] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(parsed.rawTable)}`));
	parsed.structuralRejects = kept.length;
	parsed.read = Number(n) + kept.length;
	parsed.skipped = {
		preamble: layout.preambleLines,
		footer: footer.lines,
		blank: index.blankLines + blankRows
	};
	return parsed;
}

function dialectOf(layout: TextLayout, sniff: ByteSniff, transcoded: boolean): TextDialect {
	return {
		encoding: sniff.encoding,
		bom: sniff.bom,
		compression: sniff.compression,
		newline: layout.newline,
		...layout.dialect,
		...(transcoded ? { transcoded } : {})
	};
}

/** Rows whose every field is empty (",,,,") are blank lines in spreadsheet clothing. */
async function dropBlankRows(engine: Engine, raw: string, columns: readonly string[]): Promise<number> {
	const empty = columns.map((c) => `coalesce(trim(${ident(c)}), '') = ''`).join(' AND ');
	const [{ n }] = tableRows(await engine.query(`SELECT count(*) AS n FROM ${ident(raw)} WHERE ${empty}`));
	if (Number(n) > 0) await engine.exec(`DELETE FROM ${ident(raw)} WHERE ${empty}`);
	return Number(n);
}

const TAIL = 50;

/**
 * Report footers ("Grand Totals (25 records)", "Confidential Information - Do Not Distribute",
 * copyright lines): the run of footer-like records at the end of the file, whether DuckDB parsed
 * them as rows (deleted from the raw table) or rejected them as ragged (not counted as read).
 */
async function dropFooter(
	engine: Engine,
	parsed: ParsedFile,
	layout: TextLayout,
	structural: { logicalLine: number; text: string }[],
	rows: RowLines,
	rejectLines: Map<number, number>
): Promise<{ lines: SkippedLine[]; rejectLines: Set<number> }> {
	const { join, line } = rowLineSql(rows, 't.rid');
	const tail = tableRows(
		await engine.query(
			`WITH t AS (SELECT rowid AS rid, [${layout.columns.map((c) => ident(c)).join(', ')}] AS fields FROM ${ident(parsed.rawTable)} ORDER BY rowid DESC LIMIT ${TAIL})
			SELECT t.rid AS rowid, ${line} AS line, t.fields FROM t ${join}`
		)
	);
	// Rows whose line is unknown sort last (they are at the end of what read_csv returned).
	type Item = { line: number; fields: string[]; text: string; rowid: number | null; logical: number | null };
	const UNKNOWN = Number.MAX_SAFE_INTEGER;
	const items: Item[] = tail.map((r) => {
		const fields = (Array.isArray(r.fields) ? r.fields : []).map((f) => (f === null ? '' : String(f)));
		return { line: r.line === null ? UNKNOWN - 1 : Number(r.line), fields, text: fields.filter((f) => f !== '').join(layout.dialect.delimiter), rowid: Number(r.rowid), logical: null };
	});
	for (const r of structural) {
		const fields = splitRecords(r.text.split(/\r?\n/), layout.dialect)[0]?.fields ?? [r.text];
		items.push({ line: rejectLines.get(r.logicalLine) ?? UNKNOWN, fields, text: r.text, rowid: null, logical: r.logicalLine });
	}
	items.sort((a, b) => b.line - a.line);
	const footer: Item[] = [];
	for (const item of items) {
		if (!footerLike(item.fields, layout.columns.length)) break;
		footer.push(item);
	}
	const rowids = footer.filter((f) => f.rowid !== null).map((f) => f.rowid);
	if (rowids.length > 0) await engine.exec(`DELETE FROM ${ident(parsed.rawTable)} WHERE rowid IN (${rowids.join(', ')})`);
	return {
		lines: footer.reverse().map((f) => ({ line: f.line >= UNKNOWN - 1 ? null : f.line, text: f.text })),
		rejectLines: new Set(footer.filter((f) => f.logical !== null).map((f) => f.logical as number))
	};
}

/** More distinct values than this and the list is cut (and conversion counts them again). */
export const MAX_STAGE_VALUES = 500;

async function stageValues(engine: Engine, raw: string, column: string): Promise<StageValue[]> {
	const rows = tableRows(
		await engine.query(
			`SELECT ${trimmedText(ident(column))} AS value, count(*) AS n FROM ${ident(raw)} WHERE ${trimmedText(ident(column))} IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT ${MAX_STAGE_VALUES}`
		)
	);
	return rows.map((r) => ({ value: String(r.value), rows: Number(r.n), target: classifyStage(String(r.value)) }));
}

