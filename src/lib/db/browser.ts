import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import type { Engine, SqlParam } from './engine';

export interface EngineStartProgress {
	bytesLoaded: number;
	bytesTotal: number;
}

/** A browser engine also reads the user's files in place, without copying them into memory. */
export interface BrowserEngine extends Engine {
	registerFile(name: string, file: File): Promise<void>;
	dropFile(name: string): Promise<void>;
	cancel(): Promise<void>;
}

/**
 * duckdb-wasm in a Web Worker, from bundles Vite serves out of node_modules (no CDN). The `eh`
 * bundle where the browser has wasm exceptions, `mvp` otherwise; the threaded `coi` bundle is not
 * shipped (it needs cross-origin isolation and gave no speed-up on 2 cores).
 */
export async function openBrowserEngine(onProgress?: (p: EngineStartProgress) => void): Promise<BrowserEngine> {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) =>
		onProgress?.({ bytesLoaded: p.bytesLoaded, bytesTotal: p.bytesTotal })
	);
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	await conn.query('SET autoload_known_extensions = false');
	await conn.query('SET autoinstall_known_extensions = false');

	return {
		async query(sql: string, params?: readonly SqlParam[]) {
			if (!params || params.length === 0) return conn.query(sql);
			const stmt = await conn.prepare(sql);
			try {
				return await stmt.query(...params);
			} finally {
				await stmt.close();
			}
		},
		async exec(sql: string) {
			await conn.query(sql);
		},
		async insertArrowIPC(table: string, ipc: Uint8Array) {
			await conn.query(`DROP TABLE IF EXISTS "${table.replaceAll('"', '""')}"`);
			await conn.insertArrowFromIPCStream(ipc, { name: table, create: true });
		},
		async registerFileBuffer(name: string, bytes: Uint8Array) {
			await db.registerFileBuffer(name, bytes);
		},
		async registerFile(name: string, file: File) {
			await db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
		},
		async dropFile(name: string) {
			await db.dropFile(name);
		},
		async cancel() {
			await conn.cancelSent();
		},
		async close() {
			await conn.close();
			await db.terminate();
		}
	};
}
