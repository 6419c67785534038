import type { Engine } from '../db/engine';

/** Thrown inside an import the user cancelled. */
export class ImportCancelled extends Error {
	constructor() {
		super('The import was cancelled');
		this.name = 'ImportCancelled';
	}
}

/**
 * The engine as the import pipeline sees it while the user may cancel: every statement first checks
 * the signal, so a cancelled import stops before its next statement. duckdb-wasm cannot interrupt a
 * statement already running in the worker (cancelSent only reaches queries started with send()), so
 * the one in flight finishes first.
 */
export function cancellableEngine<E extends Engine>(engine: E, signal: AbortSignal): E {
	const check = () => {
		if (signal.aborted) throw new ImportCancelled();
	};
	return {
		...engine,
		async query(...args: Parameters<Engine['query']>) {
			check();
			return engine.query(...args);
		},
		async exec(sql: string) {
			check();
			return engine.exec(sql);
		},
		async insertArrowIPC(table: string, ipc: Uint8Array) {
			check();
			return engine.insertArrowIPC(table, ipc);
		},
		async registerFileBuffer(name: string, bytes: Uint8Array) {
			check();
			return engine.registerFileBuffer(name, bytes);
		}
	};
}
