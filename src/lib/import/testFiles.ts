import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '../db/engine';
import { tableRows, type Row } from '../db/rows';
import type { ImportSource } from './types';

/** Test helper: registers bytes with the engine and describes them as the browser would. */
export async function sourceOf(engine: Engine, label: string, bytes: Uint8Array, exportedAt?: number): Promise<ImportSource> {
	const name = `test/${Math.random().toString(36).slice(2)}/${label}`;
	await engine.registerFileBuffer(name, bytes);
	return { name, label, head: bytes.subarray(0, 65536), size: bytes.length, exportedAt, readAll: async () => bytes };
}

export async function sourceOfFile(engine: Engine, path: string): Promise<ImportSource> {
	return sourceOf(engine, basename(path), new Uint8Array(readFileSync(path)));
}

/** A canonical table as plain rows, dates as 'YYYY-MM-DD' text, ordered by `order`. */
export async function tableAsText(engine: Engine, table: string, order: string): Promise<Row[]> {
	return tableRows(await engine.query(`SELECT COLUMNS(c -> true)::VARCHAR FROM (SELECT * FROM ${table} ORDER BY ${order})`));
}

export async function clearCanonicalTables(engine: Engine): Promise<void> {
	await engine.exec('DELETE FROM accounts; DELETE FROM deals; DELETE FROM leads; DELETE FROM revenue;');
}
