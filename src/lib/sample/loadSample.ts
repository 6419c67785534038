import type { Engine, ParquetCodec } from '../db/engine';
import { SAMPLE_TABLES, sampleArrowIPC, type SampleTable } from './sampleArrow';
import type { SampleData } from './types';

/** Replaces the four canonical tables with a generated history, straight from memory (no Parquet). */
export async function loadSampleIntoEngine(engine: Engine, data: SampleData): Promise<void> {
	const ipc = sampleArrowIPC(data);
	for (const name of SAMPLE_TABLES) await engine.insertArrowIPC(name, ipc[name]);
}

/** Replaces the four canonical tables from the sample's Parquet files (bytes keyed by table name). */
export async function loadSampleParquetFiles(engine: Engine, codec: ParquetCodec, files: Record<SampleTable, Uint8Array>): Promise<void> {
	for (const name of SAMPLE_TABLES) await engine.insertArrowIPC(name, codec.parquetToArrowIPC(files[name]));
}
