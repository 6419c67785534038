/** A small RFC 4180 splitter for the head of a file, used to judge dialects and find the header. */

export interface HeadRecord {
	/** 1-based physical line where the record starts, and where it ends (quoted newlines). */
	line: number;
	endLine: number;
	fields: string[];
	blank: boolean;
}

export interface SplitOptions {
	delimiter: string;
	quote: string;
	escape: string;
	/** Physical line number of lines[0]. */
	firstLine?: number;
}

/**
 * Splits physical lines into records. A quote opens a quoted field only at the start of a field;
 * inside one, a doubled quote (or escape + quote) is a literal quote. The last record is dropped
 * when the lines end inside a quoted field (the head was cut mid-record).
 */
export function splitRecords(lines: readonly (string | null)[], options: SplitOptions): HeadRecord[] {
	const { delimiter, quote, escape } = options;
	const first = options.firstLine ?? 1;
	const records: HeadRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let quoted = false;
	let fieldStarted = false;
	let start = first;
	for (let n = 0; n < lines.length; n++) {
		const text = lines[n] ?? '';
		const lineNo = first + n;
		if (!quoted) {
			start = lineNo;
			if (text === '') {
				records.push({ line: lineNo, endLine: lineNo, fields: [], blank: true });
				continue;
			}
		}
		for (let i = 0; i < text.length; i++) {
			const ch = text[i];
			if (quoted) {
				if (escape && escape !== quote && ch === escape && text[i + 1] === quote) {
					field += quote;
					i++;
				} else if (ch === quote) {
					if (text[i + 1] === quote) {
						field += quote;
						i++;
					} else quoted = false;
				} else field += ch;
			} else if (quote && ch === quote && !fieldStarted) {
				quoted = true;
				fieldStarted = true;
			} else if (delimiter && text.startsWith(delimiter, i)) {
				fields.push(field);
				field = '';
				fieldStarted = false;
				i += delimiter.length - 1;
			} else {
				field += ch;
				fieldStarted = true;
			}
		}
		if (quoted) {
			field += '\n';
			continue;
		}
		fields.push(field);
		records.push({ line: start, endLine: lineNo, fields, blank: false });
		fields = [];
		field = '';
		fieldStarted = false;
	}
	return records;
}
