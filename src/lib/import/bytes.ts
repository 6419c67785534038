import type { Encoding } from './types';

export interface ByteSniff {
	format: 'parquet' | 'text';
	compression: 'gzip' | null;
	encoding: Encoding;
	bom: boolean;
}

/** Thrown for input the pipeline cannot read at all; the message names the file and what is wrong. */
export class ImportError extends Error {
	constructor(
		readonly file: string,
		message: string
	) {
		super(`${file}: ${message}`);
		this.name = 'ImportError';
	}
}

const GZIP = [0x1f, 0x8b];
const PARQUET = [0x50, 0x41, 0x52, 0x31];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Container, compression and text encoding from the first bytes. UTF-16 without a BOM shows as NULs
 * in every other byte; bytes that are not valid UTF-8 are read as Latin-1 (Windows exports).
 */
export function sniffBytes(file: string, head: Uint8Array, size: number): ByteSniff {
	if (size === 0 || head.length === 0) throw new ImportError(file, 'the file is empty (0 bytes)');
	if (startsWith(head, PARQUET)) return { format: 'parquet', compression: null, encoding: 'utf-8', bom: false };
	if (startsWith(head, GZIP)) return { format: 'text', compression: 'gzip', encoding: 'utf-8', bom: false };
	if (head[0] === 0xff && head[1] === 0xfe) return { format: 'text', compression: null, encoding: 'utf-16le', bom: true };
	if (head[0] === 0xfe && head[1] === 0xff) return { format: 'text', compression: null, encoding: 'utf-16be', bom: true };
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
		return { format: 'text', compression: null, encoding: checkText(file, head.subarray(3)), bom: true };
	}
	const utf16 = utf16WithoutBom(head);
	if (utf16) return { format: 'text', compression: null, encoding: utf16, bom: false };
	return { format: 'text', compression: null, encoding: checkText(file, head), bom: false };
}

function utf16WithoutBom(head: Uint8Array): Encoding | null {
	const n = Math.min(head.length, 4096) & ~1;
	if (n < 4) return null;
	let evenNuls = 0;
	let oddNuls = 0;
	for (let i = 0; i < n; i += 2) {
		if (head[i] === 0) evenNuls++;
		if (head[i + 1] === 0) oddNuls++;
	}
	const pairs = n / 2;
	if (oddNuls > pairs * 0.4 && evenNuls < pairs * 0.05) return 'utf-16le';
	if (evenNuls > pairs * 0.4 && oddNuls < pairs * 0.05) return 'utf-16be';
	return null;
}

/** UTF-8 or Latin-1; binary data (NULs, many control bytes) is refused with the share found. */
function checkText(file: string, head: Uint8Array): Encoding {
	const sample = head.subarray(0, 65536);
	let control = 0;
	for (const b of sample) {
		if (b === 0) throw new ImportError(file, 'this is not a text file (it contains NUL bytes); export the table as CSV, TSV or Parquet');
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	if (control > sample.length * 0.01) {
		const share = ((control / sample.length) * 100).toFixed(1);
		throw new ImportError(file, `this is not a text file (${share}% control bytes in the first ${sample.length} bytes); export the table as CSV, TSV or Parquet`);
	}
	try {
		// stream: a multi-byte character cut at the end of the head is not an error.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
		return 'utf-8';
	} catch {
		return 'latin-1';
	}
}
