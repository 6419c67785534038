export type CsvValue = string | number | boolean | null | undefined;

function csvField(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends, quotes doubled) with a header row. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
