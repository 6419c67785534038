import { describe, expect, it } from 'vitest';
import { cell, pickColumns, screenColumns, sortTableRows, tableCsv, type TableModel } from './tableModel';

const table: TableModel = {
	columns: [
		{ key: 'name', label: 'Name' },
		{ key: 'rate', label: 'Rate', numeric: true },
		{ key: 'ci', label: '95% CI', only: 'screen' },
		{ key: 'ci_low', label: 'low', only: 'csv' }
	],
	rows: [
		[cell('b', 'b'), cell('20%', 0.2), cell('10% to 30%', null), cell('', 0.1)],
		[cell('a', 'a'), cell('–', null), cell('–', null), cell('', null)],
		[cell('c', 'c'), cell('5%', 0.05), cell('1% to 9%', null), cell('', 0.01)]
	]
};

describe('tableModel', () => {
	it('writes raw values to the CSV, dropping screen-only columns and keeping csv-only ones', () => {
		expect(tableCsv(table)).toEqual({
			columns: ['name', 'rate', 'ci_low'],
			rows: [
				['b', 0.2, 0.1],
				['a', null, null],
				['c', 0.05, 0.01]
			]
		});
		expect(screenColumns(table)).toEqual([0, 1, 2]);
	});

	it('sorts numbers as numbers in both directions with empty values last', () => {
		const names = (rows: ReturnType<typeof sortTableRows>) => rows.map((r) => r[0].value);
		expect(names(sortTableRows(table.rows, 1, 'descending'))).toEqual(['b', 'c', 'a']);
		expect(names(sortTableRows(table.rows, 1, 'ascending'))).toEqual(['c', 'b', 'a']);
		expect(names(sortTableRows(table.rows, 0, 'ascending'))).toEqual(['a', 'b', 'c']);
	});

	it('sorts text naturally (2 before 10) and keeps ties in their order', () => {
		const rows = [[cell('', 'Event 10')], [cell('', 'event 2')], [cell('', 'Event 2')]];
		expect(sortTableRows(rows, 0, 'ascending').map((r) => r[0].value)).toEqual(['event 2', 'Event 2', 'Event 10']);
	});

	it('picks columns by key and refuses unknown ones', () => {
		const picked = pickColumns(table, ['rate', 'name']);
		expect(picked.columns.map((c) => c.key)).toEqual(['rate', 'name']);
		expect(picked.rows[0].map((c) => c.value)).toEqual([0.2, 'b']);
		expect(() => pickColumns(table, ['nope'])).toThrow(/nope/);
	});
});
