import type { ParsedFile } from '../import/index';

const DELIMITERS: Record<string, string> = { ',': 'comma-separated', ';': 'semicolon-separated', '\t': 'tab-separated', '|': 'pipe-separated' };
const ENCODINGS: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'latin-1': 'Latin-1 (Windows)' };

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** How the file was read, in one line: "CSV · UTF-8 with BOM · semicolon-separated · header on line 3 · 7 rows". */
export function describeFormat(parsed: ParsedFile): string {
	const rows = count(parsed.read, 'row');
	const d = parsed.dialect;
	if (parsed.format === 'parquet' || !d) return `Parquet · ${count(parsed.columns.length, 'column')} · ${rows}`;
	const parts = [
		d.compression === 'gzip' ? "gzip'd text" : 'Text',
		`${ENCODINGS[d.encoding] ?? d.encoding}${d.bom ? ' with BOM' : ''}`,
		DELIMITERS[d.delimiter] ?? `separated by ${JSON.stringify(d.delimiter)}`,
		d.headerLine > 0 ? `header on line ${d.headerLine}` : 'no header row',
		count(parsed.columns.length, 'column'),
		rows
	];
	return parts.join(' · ');
}

/** The lines that are not rows, when there are any: "Not rows: 2 preamble lines, 3 footer lines, 1 blank line". */
export function describeSkipped(parsed: ParsedFile): string | null {
	const { preamble, footer, blank } = parsed.skipped;
	const parts = [preamble.length > 0 ? count(preamble.length, 'line') + ' before the header' : '', footer.length > 0 ? count(footer.length, 'footer line') : '', blank > 0 ? count(blank, 'blank line') : ''].filter(Boolean);
	return parts.length > 0 ? `Skipped, not rows: ${parts.join(', ')}.` : null;
}

/** Source columns no field reads (for accounts these become extra attributes instead). */
export function unusedColumns(parsed: ParsedFile, mapped: Iterable<string>): string[] {
	const used = new Set(mapped);
	return parsed.columns.filter((c) => !used.has(c));
}
