import { DataType, type Table } from 'apache-arrow';

export type Cell = string | number | boolean | null | Cell[];
export type Row = Record<string, Cell>;

function toPlain(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
	if (value instanceof Date) return value.getTime();
	if (typeof value === 'object' && value !== null && Symbol.iterator in value && 'toArray' in value) {
		return Array.from(value as Iterable<unknown>, toPlain);
	}
	return String(value);
}

/**
 * Arrow rows as plain objects: BIGINT (e.g. COUNT(*)) and DECIMAL/HUGEINT (e.g. SUM of integers) become numbers, lists become arrays,
 * DATE and TIMESTAMP become epoch milliseconds. Query results are small aggregates, so this is cheap.
 */
export function tableRows<T extends Row = Row>(table: Table): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const columns = names.map((n) => table.getChild(n));
	const decimalScales = table.schema.fields.map((f) => (DataType.isDecimal(f.type) ? f.type.scale : null));
	const out: T[] = [];
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		names.forEach((name, c) => {
			const value = columns[c]?.get(i);
			const scale = decimalScales[c];
			row[name] = scale === null || value === null ? toPlain(value) : Number(String(value)) / 10 ** scale;
		});
		out.push(row as T);
	}
	return out;
}

/** Adds up `columns` over the rows sharing a value of `key`: one row per value, in first-seen order. */
export function sumColumnsBy<T, K extends keyof T>(rows: readonly T[], key: K, columns: readonly (keyof T)[]): T[] {
	const totals = new Map<T[K], T>();
	for (const row of rows) {
		const total = totals.get(row[key]);
		if (!total) totals.set(row[key], { ...row });
		else for (const column of columns) (total[column] as number) += row[column] as number;
	}
	return [...totals.values()];
}
