import type { Table } from 'apache-arrow';

export type SqlParam = string | number | boolean | null;

/** The one query API: the browser worker and Node implement it over the same duckdb-wasm build. */
export interface Engine {
	/** Runs one statement; with params it is prepared and the values are bound, never spliced. */
	query(sql: string, params?: readonly SqlParam[]): Promise<Table>;
	/** Runs a script of several statements (view definitions). */
	exec(sql: string): Promise<void>;
	/** Creates or replaces `table` from an Arrow IPC stream. */
	insertArrowIPC(table: string, ipc: Uint8Array): Promise<void>;
	/** Makes bytes readable by DuckDB's file functions (read_csv) under `name`. */
	registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
	close(): Promise<void>;
}

/** Parquet has no built-in reader in duckdb-wasm offline; both targets decode it with parquet-wasm. */
export interface ParquetCodec {
	parquetToArrowIPC(parquet: Uint8Array): Uint8Array;
	arrowIPCToParquet(ipc: Uint8Array): Uint8Array;
}
