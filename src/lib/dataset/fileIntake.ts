import type { ImportSource } from '../import/index';

/** What the file picker offers; anything dropped is still tried (the sniffer names what it is not). */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.gz,.parquet,text/csv,text/tab-separated-values';

/** Enough of a file for the sniffer: format, encoding, dialect and header. */
const HEAD_BYTES = 65536;

/** A file the user gave us, or one stored with a snapshot: bytes plus the name and date it came with. */
export interface IntakeFile {
	name: string;
	lastModified: number;
	blob: Blob;
}

/** Makes a blob readable by the engine under `name` (the browser: registerFileHandle, no copy). */
export interface FileRegistry {
	register(name: string, file: IntakeFile): Promise<void>;
	release(name: string): Promise<void>;
}

let sequence = 0;

/** A name no other registered file has; the original name stays last so DuckDB messages show it. */
export function engineFileName(file: IntakeFile): string {
	return `intake/${++sequence}/${file.name.replace(/[/\\]/g, '_')}`;
}

/**
 * Registers the file and describes it to the pipeline: the first 64 KB for sniffing, and the whole
 * file only on request (Parquet, UTF-16BE).
 */
export async function importSourceOf(registry: FileRegistry, file: IntakeFile): Promise<ImportSource> {
	const name = engineFileName(file);
	await registry.register(name, file);
	const head = new Uint8Array(await file.blob.slice(0, HEAD_BYTES).arrayBuffer());
	return {
		name,
		label: file.name,
		head,
		size: file.blob.size,
		exportedAt: file.lastModified,
		readAll: async () => new Uint8Array(await file.blob.arrayBuffer())
	};
}

/** Files as the browser hands them over (input or drop), in the order given. */
export function intakeFiles(files: Iterable<File>): IntakeFile[] {
	return [...files].map((file) => ({ name: file.name, lastModified: file.lastModified, blob: file }));
}
