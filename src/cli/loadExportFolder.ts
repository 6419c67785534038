import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Engine, ParquetCodec } from '../lib/db/engine';
import { emptyResult, ensureImportSchema, importFiles, type ImportProgress, type ImportResult, type ImportSource } from '../lib/import/index';

const SUPPORTED = /\.(csv|tsv|txt|parquet)(\.gz)?$/i;

export interface FolderOptions {
	onProgress?: (event: ImportProgress) => void;
}

/**
 * Loads every CSV, TSV, Parquet and gzip'd CSV/TSV file of a folder (not its subfolders) into the
 * canonical tables through the import pipeline, in export order (modification time, then name).
 * Each file gets a result with read = loaded + rejected; other files are listed as ignored.
 */
export async function loadExportFolder(engine: Engine, dir: string, codec: ParquetCodec, options: FolderOptions = {}): Promise<ImportResult[]> {
	await ensureImportSchema(engine);
	const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
	const files = await Promise.all(entries.map(async (e) => ({ name: e.name, path: join(dir, e.name), mtime: (await stat(join(dir, e.name))).mtimeMs })));
	files.sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name));
	const sources: ImportSource[] = [];
	const unsupported: ImportResult[] = [];
	for (const f of files) {
		if (!SUPPORTED.test(f.name)) {
			unsupported.push(emptyResult(f.name, { ignoredReason: `not a CSV, TSV or Parquet file (${extname(f.name) || 'no extension'}); export the table as CSV` }));
			continue;
		}
		const bytes = new Uint8Array(await readFile(f.path));
		const name = `export-folder/${sources.length}/${f.name}`;
		await engine.registerFileBuffer(name, bytes);
		sources.push({ name, label: f.name, head: bytes.subarray(0, 65536), size: bytes.length, exportedAt: f.mtime, readAll: async () => bytes });
	}
	const results = await importFiles(engine, sources, { codec, onProgress: options.onProgress });
	return [...results, ...unsupported];
}
