import type { CsvValue } from '../export/toCsv';

/**
 * A table column: `key` names it in the CSV, `label` on screen; numeric columns align right.
 * `only` keeps a column out of the other output, e.g. an interval shown as one "low–high" cell on
 * screen and as two numeric columns in the CSV.
 */
export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
	only?: 'screen' | 'csv';
}

/** What a cell shows, and the raw value behind it (CSV and sorting use the value, never the text). */
export interface TableCell {
	text: string;
	value: CsvValue;
}

export interface TableModel {
	columns: TableColumn[];
	rows: TableCell[][];
}

export type SortDirection = 'ascending' | 'descending';

/** The numbers of a table as Chart.svelte / toCsv take them. */
export function tableCsv(table: TableModel): { columns: string[]; rows: CsvValue[][] } {
	const kept = table.columns.flatMap((column, index) => (column.only === 'screen' ? [] : [index]));
	return {
		columns: kept.map((i) => table.columns[i].key),
		rows: table.rows.map((row) => kept.map((i) => row[i]?.value))
	};
}

/** Indexes of the columns shown on screen. */
export function screenColumns(table: TableModel): number[] {
	return table.columns.flatMap((column, index) => (column.only === 'csv' ? [] : [index]));
}

function compareValues(a: CsvValue, b: CsvValue): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'en', { numeric: true, sensitivity: 'base' });
}

/** Rows ordered by one column; empty values (null, undefined, '') always last, ties keep their order. */
export function sortTableRows(rows: readonly TableCell[][], column: number, direction: SortDirection): TableCell[][] {
	const sign = direction === 'ascending' ? 1 : -1;
	const isEmpty = (v: CsvValue) => v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v));
	return rows
		.map((row, index) => ({ row, index }))
		.sort((x, y) => {
			const a = x.row[column]?.value;
			const b = y.row[column]?.value;
			if (isEmpty(a) || isEmpty(b)) return isEmpty(a) === isEmpty(b) ? x.index - y.index : isEmpty(a) ? 1 : -1;
			return sign * compareValues(a, b) || x.index - y.index;
		})
		.map(({ row }) => row);
}

export const cell = (text: string, value: CsvValue): TableCell => ({ text, value });

/** The same rows restricted to some columns, in the order given (for splitting a wide table on screen). */
export function pickColumns(table: TableModel, keys: readonly string[]): TableModel {
	const indexes = keys.map((key) => {
		const index = table.columns.findIndex((c) => c.key === key);
		if (index < 0) throw new RangeError(`pickColumns: no column '${key}'`);
		return index;
	});
	return { columns: indexes.map((i) => table.columns[i]), rows: table.rows.map((row) => indexes.map((i) => row[i])) };
}
