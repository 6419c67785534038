import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Engine, ParquetCodec, SqlParam } from './engine';

const require = createRequire(import.meta.url);

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

/**
 * duckdb-wasm's blocking Node bindings: the same wasm build the browser runs, so every view is
 * tested on the engine users get. Extensions are never fetched (there is no network).
 */
export async function openNodeEngine(): Promise<Engine> {
	const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ query: { castBigIntToDouble: true } });
	const conn = db.connect();
	conn.query('SET autoload_known_extensions = false');
	conn.query('SET autoinstall_known_extensions = false');

	return {
		async query(sql: string, params?: readonly SqlParam[]) {
			if (!params || params.length === 0) return conn.query(sql);
			const stmt = conn.prepare(sql);
			try {
				return stmt.query(...params);
			} finally {
				stmt.close();
			}
		},
		async exec(sql: string) {
			conn.query(sql);
		},
		async insertArrowIPC(table: string, ipc: Uint8Array) {
			conn.query(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
			conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
		},
		async registerFileBuffer(name: string, bytes: Uint8Array) {
			db.registerFileBuffer(name, bytes);
		},
		async close() {
			conn.close();
			db.reset();
		}
	};
}

/** Arrow IPC bridge in Node; the CommonJS apache-arrow is the copy duckdb-wasm's Node build returns. */
export function nodeArrowToIPC(table: unknown): Uint8Array {
	const arrow = require('apache-arrow') as typeof import('apache-arrow');
	return arrow.tableToIPC(table as import('apache-arrow').Table, 'stream');
}

export function nodeParquetCodec(): ParquetCodec {
	const pq = require('parquet-wasm') as typeof import('parquet-wasm');
	return {
		parquetToArrowIPC: (parquet) => pq.readParquet(parquet).intoIPCStream(),
		arrowIPCToParquet: (ipc) => {
			const props = new pq.WriterPropertiesBuilder().setCompression(pq.Compression.ZSTD).build();
			return pq.writeParquet(pq.Table.fromIPCStream(ipc), props);
		}
	};
}
