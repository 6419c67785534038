import { readFile, stat } from 'node:fs/promises';
import type { Engine } from '../lib/db/engine';
import { nodeParquetCodec, openNodeEngine } from '../lib/db/node';
import { prepareDatabase } from '../lib/db/prepareDatabase';
import type { InstalledIcp } from '../lib/icp/installIcp';
import type { ImportResult } from '../lib/import/index';
import type { FileAccounting } from '../lib/report/buildReport';
import { loadExportFolder } from './loadExportFolder';

/** Input the user can fix (a missing folder, a broken ICP file): exit code 2 with this message. */
export class BadInput extends Error {}

export const DEFAULT_ICP = new URL('../../data/icp.json', import.meta.url);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function readJsonFile(path: string | URL, what: string): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		throw new BadInput(`cannot read the ${what} ${String(path)}: ${message(error)}`);
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new BadInput(`the ${what} is not valid JSON (${String(path)}): ${message(error)}`);
	}
}

export interface LoadedFolder {
	engine: Engine;
	icp: InstalledIcp;
	files: ImportResult[];
}

/** A folder of exports through the app's importer, classified by the ICP file: what report and review both start from. */
export async function loadFolderWithIcp(dataDir: string, icpPath: string | URL): Promise<LoadedFolder> {
	const folder = await stat(dataDir).catch(() => null);
	if (!folder?.isDirectory()) throw new BadInput(`--data: "${dataDir}" is not a folder`);
	const definition = await readJsonFile(icpPath, 'ICP file');
	const engine = await openNodeEngine();
	const files = await loadExportFolder(engine, dataDir, nodeParquetCodec());
	const failed = files.filter((f) => f.error);
	if (failed.length > 0) throw new BadInput(failed.map((f) => `${f.file}: ${f.error}`).join('\n'));
	for (const f of files) for (const warning of f.warnings) process.stderr.write(`${f.file}: ${warning}\n`);
	const loaded = files.filter((f) => f.kind === 'deals' && f.loaded > 0);
	if (loaded.length === 0) throw new BadInput(`no deals were loaded from ${dataDir}; files: ${files.map((f) => `${f.file} (${f.ignoredReason ?? f.kind})`).join(', ')}`);
	try {
		return { engine, icp: await prepareDatabase(engine, definition), files };
	} catch (error) {
		throw new BadInput(`ICP file ${String(icpPath)}: ${message(error)}`);
	}
}

/** Each input file's row accounting for the report (ignored files too, with read = 0). */
export function fileAccounting(files: readonly ImportResult[]): FileAccounting[] {
	return files.map((f) => ({ file: f.file, kind: f.kind ?? 'ignored', read: f.read, loaded: f.loaded, rejected: f.rejected }));
}
