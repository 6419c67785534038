import initParquet, { Compression, Table, WriterPropertiesBuilder, readParquet, writeParquet } from 'parquet-wasm/esm';
import parquetWasm from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { ParquetCodec } from './engine';

let ready: Promise<unknown> | undefined;

/** parquet-wasm in the page: duckdb-wasm's own Parquet reader is an extension it would download. */
export async function browserParquetCodec(): Promise<ParquetCodec> {
	ready ??= initParquet({ module_or_path: parquetWasm });
	await ready;
	return {
		parquetToArrowIPC: (parquet) => readParquet(parquet).intoIPCStream(),
		arrowIPCToParquet: (ipc) =>
			writeParquet(Table.fromIPCStream(ipc), new WriterPropertiesBuilder().setCompression(Compression.ZSTD).build())
	};
}
