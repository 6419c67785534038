import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { csvRecord, csvRecordSql } from './csvText';
import { ident } from './sqlText';
import type { ParsedFile } from './types';

const CHUNK = 50_000;

/**
 * The raw table exactly as parsed, as RFC 4180 UTF-8 CSV (CRLF line ends, header first), handed
 * over in chunks so a million-row file never sits in memory as one string.
 */
export async function rawTableCsv(engine: Engine, parsed: ParsedFile, write: (chunk: string) => void | Promise<void>): Promise<number> {
	await write(csvRecord(parsed.columns) + '\r\n');
	const record = csvRecordSql(parsed.columns.map(ident));
	let written = 0;
	for (let offset = 0; ; offset += CHUNK) {
		const [row] = tableRows(
			await engine.query(
				`SELECT count(*) AS n, coalesce(string_agg(line, chr(13) || chr(10) ORDER BY r), '') AS body FROM (SELECT rowid AS r, ${record} AS line FROM ${ident(parsed.rawTable)} ORDER BY rowid LIMIT ${CHUNK} OFFSET ${offset})`
			)
		);
		const n = Number(row.n);
		if (n === 0) break;
		await write(String(row.body) + '\r\n');
		written += n;
		if (n < CHUNK) break;
	}
	return written;
}
