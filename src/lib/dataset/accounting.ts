import type { ImportResult } from '../import/index';

/** ImportResult as stored with a snapshot: the counts, without the engine-side rejects table. */
export type ResultSummary = Omit<ImportResult, 'rejects' | 'rejectsTable'>;

export type FileStatus = 'loaded' | 'ignored' | 'error';

export interface AccountingRow {
	file: string;
	status: FileStatus;
	/** "Deals", "Account attributes", "Ignored", "Not readable". */
	table: string;
	preset: string | null;
	read: number;
	loaded: number;
	rejected: number;
	superseded: number;
	unknownAccount: number;
	/** Rows the file adds to its table: loaded minus those a later row with the same id replaced. */
	inTable: number;
	/** Lines that were not rows: preamble, footer and blank lines. */
	skippedLines: number;
	ignoredRows: number;
	/** read = loaded + rejected; false only if the pipeline broke its own promise. */
	balanced: boolean;
	/** Why the file was ignored, or why it could not be read. */
	reason: string | null;
}

const TABLE_NAMES: Record<NonNullable<ImportResult['kind']>, string> = {
	accounts: 'Accounts',
	deals: 'Deals',
	revenue: 'Revenue',
	leads: 'Leads',
	account_attributes: 'Account attributes'
};

export function statusOf(result: ResultSummary): FileStatus {
	if (result.error) return 'error';
	return result.kind === null ? 'ignored' : 'loaded';
}

export function accountingRow(result: ResultSummary): AccountingRow {
	const status = statusOf(result);
	const { preamble, footer, blank } = result.skipped;
	return {
		file: result.file,
		status,
		table: status === 'error' ? 'Not readable' : result.kind === null ? 'Ignored' : TABLE_NAMES[result.kind],
		preset: result.preset,
		read: result.read,
		loaded: result.loaded,
		rejected: result.rejected,
		superseded: result.superseded,
		unknownAccount: result.unknownAccount,
		inTable: result.loaded - result.superseded,
		skippedLines: preamble.length + footer.length + blank,
		ignoredRows: result.ignoredRows,
		balanced: result.read === result.loaded + result.rejected,
		reason: result.error ?? result.ignoredReason ?? null
	};
}

export type AccountingTotals = Pick<AccountingRow, 'read' | 'loaded' | 'rejected' | 'superseded' | 'unknownAccount' | 'inTable' | 'skippedLines' | 'ignoredRows'>;

export function accountingTotals(rows: readonly AccountingRow[]): AccountingTotals {
	const sum = (pick: (r: AccountingRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
	return {
		read: sum((r) => r.read),
		loaded: sum((r) => r.loaded),
		rejected: sum((r) => r.rejected),
		superseded: sum((r) => r.superseded),
		unknownAccount: sum((r) => r.unknownAccount),
		inTable: sum((r) => r.inTable),
		skippedLines: sum((r) => r.skippedLines),
		ignoredRows: sum((r) => r.ignoredRows)
	};
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The file's accounting in sentences, every number named: what was read and where each row went,
 * and the lines that were not rows.
 */
export function describeAccounting(result: ResultSummary): string[] {
	const status = statusOf(result);
	if (status === 'error') return [`Not read: ${result.error}`];
	if (status === 'ignored') return [`Ignored: ${result.ignoredReason ?? `no table kind fits; its ${count(result.ignoredRows, 'row')} are not loaded`}.`];
	const lines = [`${count(result.read, 'row')} read = ${result.loaded.toLocaleString('en-US')} loaded + ${result.rejected.toLocaleString('en-US')} rejected.`];
	if (result.superseded > 0) lines.push(`${count(result.superseded, 'loaded row was', 'loaded rows were')} replaced by a later row with the same id (latest export wins).`);
	if (result.unknownAccount > 0) {
		lines.push(`${count(result.unknownAccount, 'row has', 'rows have')} no known account: kept, and counted as "unknown account" apart from the ICP and non-ICP groups.`);
	}
	const { preamble, footer, blank } = result.skipped;
	const skipped = [preamble.length > 0 ? count(preamble.length, 'preamble line') : '', footer.length > 0 ? count(footer.length, 'footer line') : '', blank > 0 ? count(blank, 'blank line') : ''].filter(Boolean);
	if (skipped.length > 0) lines.push(`Not rows, skipped: ${skipped.join(', ')}.`);
	return lines;
}

/** A result reduced to what a snapshot stores. */
export function summarize(result: ImportResult): ResultSummary {
	const { rejects: _rejects, rejectsTable: _table, ...summary } = result;
	return summary;
}
