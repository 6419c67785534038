import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../import/index';
import { accountingRow, accountingTotals, describeAccounting, summarize } from './accounting';

function result(overrides: Partial<ImportResult>): ImportResult {
	return {
		file: 'deals.csv',
		kind: 'deals',
		preset: 'hubspot-deals',
		read: 0,
		loaded: 0,
		rejected: 0,
		superseded: 0,
		unknownAccount: 0,
		skipped: { preamble: [], footer: [], blank: 0 },
		ignoredRows: 0,
		rejects: [],
		rejectsTable: '__import_1_x_rejects',
		warnings: [],
		...overrides
	};
}

describe('accounting rows', () => {
	it('names where every row of a loaded file went', () => {
		const r = result({
			read: 10,
			loaded: 8,
			rejected: 2,
			superseded: 1,
			unknownAccount: 3,
			skipped: { preamble: [{ line: 1, text: 'Report' }], footer: [{ line: 14, text: 'Grand Totals' }, { line: 15, text: '©' }], blank: 2 }
		});
		expect(accountingRow(r)).toMatchObject({ status: 'loaded', table: 'Deals', read: 10, loaded: 8, rejected: 2, inTable: 7, skippedLines: 5, balanced: true, reason: null });
		expect(describeAccounting(r)).toEqual([
			'10 rows read = 8 loaded + 2 rejected.',
			'1 loaded row was replaced by a later row with the same id (latest export wins).',
			'3 rows have no known account: kept, and counted as "unknown account" apart from the ICP and non-ICP groups.',
			'Not rows, skipped: 1 preamble line, 2 footer lines, 2 blank lines.'
		]);
	});

	it('flags a result whose counts do not add up', () => {
		expect(accountingRow(result({ read: 5, loaded: 3, rejected: 1 })).balanced).toBe(false);
	});

	it('lists ignored and unreadable files with their reason and the rows not loaded', () => {
		const ignored = result({ kind: null, preset: null, ignoredRows: 2, ignoredReason: 'no column is an account, deal, revenue or lead field; its 2 rows are not loaded' });
		expect(accountingRow(ignored)).toMatchObject({ status: 'ignored', table: 'Ignored', ignoredRows: 2, read: 0 });
		expect(describeAccounting(ignored)[0]).toBe('Ignored: no column is an account, deal, revenue or lead field; its 2 rows are not loaded.');
		const broken = result({ kind: null, error: 'empty.csv: the file is empty (0 bytes)' });
		expect(accountingRow(broken)).toMatchObject({ status: 'error', table: 'Not readable', reason: 'empty.csv: the file is empty (0 bytes)' });
	});

	it('totals every column over the files', () => {
		const rows = [result({ read: 6, loaded: 5, rejected: 1, superseded: 1 }), result({ kind: 'accounts', read: 4, loaded: 4, unknownAccount: 0 }), result({ kind: null, ignoredRows: 3 })].map(accountingRow);
		expect(accountingTotals(rows)).toEqual({ read: 10, loaded: 9, rejected: 1, superseded: 1, unknownAccount: 0, inTable: 8, skippedLines: 0, ignoredRows: 3 });
	});

	it('stores a result without its engine-side rejects', () => {
		const summary = summarize(result({ read: 1, loaded: 1, rejects: [{ line: 2, column: null, reason: 'x', message: 'line 2, x' }] }));
		expect(summary).not.toHaveProperty('rejects');
		expect(summary).not.toHaveProperty('rejectsTable');
		expect(summary.read).toBe(1);
	});
});
