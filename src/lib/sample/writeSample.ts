import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Engine } from '../db/engine';
import { nodeParquetCodec } from '../db/node';
import { loadSampleParquetFiles } from './loadSample';
import { SAMPLE_TABLES, sampleArrowIPC, type SampleTable } from './sampleArrow';
import type { SampleData } from './types';

export const sampleFileName = (table: SampleTable): string => `${table}.parquet`;

/** Writes accounts/deals/revenue/leads.parquet (ZSTD) and truth.json into `dir`; returns the paths written. */
export async function writeSample(dir: string, data: SampleData): Promise<string[]> {
	const codec = nodeParquetCodec();
	const ipc = sampleArrowIPC(data);
	await mkdir(dir, { recursive: true });
	const written: string[] = [];
	for (const name of SAMPLE_TABLES) {
		const path = join(dir, sampleFileName(name));
		await writeFile(path, codec.arrowIPCToParquet(ipc[name]));
		written.push(path);
	}
	const truthPath = join(dir, 'truth.json');
	await writeFile(truthPath, `${JSON.stringify(data.truth, null, '\t')}\n`);
	written.push(truthPath);
	return written;
}

/** Loads the four Parquet files written by writeSample from `dir` into the canonical tables. */
export async function loadSampleParquet(engine: Engine, dir: string): Promise<void> {
	const files = Object.fromEntries(
		await Promise.all(SAMPLE_TABLES.map(async (name) => [name, new Uint8Array(await readFile(join(dir, sampleFileName(name))))] as const))
	) as Record<SampleTable, Uint8Array>;
	await loadSampleParquetFiles(engine, nodeParquetCodec(), files);
}
