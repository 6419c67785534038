import type { Engine, ParquetCodec } from '../db/engine';
import { tableRows } from '../db/rows';
import { emptyResult, ImportError, loadImports, readImportFile, type ImportMapping, type ImportProgress, type ImportResult, type ParsedFile } from '../import/index';
import { ident } from '../import/sqlText';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import { ImportCancelled } from './cancellableEngine';
import { importSourceOf, type FileRegistry, type IntakeFile } from './fileIntake';

/** A file of a snapshot: its bytes and the mapping the user confirmed (null: left to the attribute-table check). */
export interface DatasetFile extends IntakeFile {
	mapping: ImportMapping | null;
}

export interface LoadFilesOptions {
	codec: ParquetCodec;
	onProgress?: (event: ImportProgress) => void;
	/** The signal of a cancellableEngine: once aborted, the pipeline's errors are the cancellation. */
	signal?: AbortSignal;
}

const CANONICAL = ['accounts', 'deals', 'leads', 'revenue'];

/**
 * Empties the data model for a new dataset: the canonical tables are dropped and created again (so
 * extra account columns of the previous data go too). Views over them bind at query time, so they
 * survive.
 */
export async function resetCanonicalTables(engine: Engine): Promise<void> {
	for (const table of CANONICAL) await engine.exec(`DROP TABLE IF EXISTS ${table}`);
	await engine.exec(canonicalTablesSql);
}

export interface Reviewed {
	parsed: ParsedFile | null;
	/** The result of a file the pipeline could not read at all (empty, binary, unparseable). */
	error: ImportResult | null;
}

/**
 * Drops the pipeline's tables (raw, line and rejects tables, prefixed __import_) except `keep`: what a
 * cancelled or failed import left behind, or the rejects of a dataset that was replaced.
 */
export async function dropImportTables(engine: Engine, keep: (table: string) => boolean): Promise<void> {
	const tables = tableRows(await engine.query(`SELECT table_name AS name FROM information_schema.tables WHERE starts_with(table_name, '__import_')`));
	for (const { name } of tables) if (!keep(String(name))) await engine.exec(`DROP TABLE IF EXISTS ${ident(String(name))}`);
}

/** Keeps the tables of these parsed files (all named after their import id) and these rejects tables. */
export function keepTablesOf(parsed: readonly ParsedFile[], rejectsTables: readonly (string | null)[]): (table: string) => boolean {
	const prefixes = parsed.map((p) => `${p.internal.id}_`);
	const names = new Set(rejectsTables);
	return (table) => names.has(table) || prefixes.some((prefix) => table.startsWith(prefix));
}

/**
 * Reads a file into its raw table for review; a file the pipeline cannot read at all becomes its
 * error result. The file is released afterwards: loading works from the raw table.
 */
export async function readForReview(engine: Engine, registry: FileRegistry, file: IntakeFile, options: LoadFilesOptions): Promise<Reviewed> {
	const source = await importSourceOf(registry, file);
	try {
		return { parsed: await readImportFile(engine, source, { codec: options.codec, onProgress: options.onProgress }), error: null };
	} catch (e) {
		// The pipeline words a failed read_csv as an ImportError; when cancelled, that failure is the cancellation.
		if (options.signal?.aborted) throw new ImportCancelled();
		if (!(e instanceof ImportError)) throw e;
		return { parsed: null, error: emptyResult(e.file, { error: e.message }) };
	} finally {
		await registry.release(source.name);
	}
}

/**
 * Reads and loads stored files with their confirmed mappings, in one pipeline call (so the latest
 * export among them wins duplicates); results are in the files' order.
 */
export async function loadFiles(engine: Engine, registry: FileRegistry, files: readonly DatasetFile[], options: LoadFilesOptions): Promise<ImportResult[]> {
	const read: Reviewed[] = [];
	for (const file of files) read.push(await readForReview(engine, registry, file, options));
	const items = read.flatMap((r, i) => (r.parsed ? [{ parsed: r.parsed, mapping: files[i].mapping }] : []));
	const loaded = await loadImports(engine, items, { onProgress: options.onProgress });
	let next = 0;
	return read.map((r) => (r.parsed ? loaded[next++] : (r.error as ImportResult)));
}
