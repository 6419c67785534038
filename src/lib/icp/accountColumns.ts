import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import type { IcpOp } from './types';

/** How criteria see a column: which ops apply and what type the values must have. */
export type ColumnKind = 'text' | 'number' | 'date' | 'boolean' | 'textList' | 'other';

export interface AccountColumn {
	name: string;
	/** The DuckDB type as DESCRIBE prints it, e.g. `VARCHAR[]`, `DECIMAL(12,2)`. */
	type: string;
	kind: ColumnKind;
}

export const OPS_BY_COLUMN_KIND: Record<ColumnKind, readonly IcpOp[]> = {
	text: ['in', 'notIn', 'eq', 'isNull', 'notNull'],
	number: ['in', 'notIn', 'eq', 'between', 'gte', 'lte', 'isNull', 'notNull'],
	date: ['in', 'notIn', 'eq', 'between', 'gte', 'lte', 'isNull', 'notNull'],
	boolean: ['in', 'notIn', 'eq', 'isNull', 'notNull'],
	textList: ['contains', 'isNull', 'notNull'],
	other: ['isNull', 'notNull']
};

export const COLUMN_KIND_WORDS: Record<ColumnKind, string> = {
	text: 'a text column',
	number: 'a number column',
	date: 'a date column',
	boolean: 'a true/false column',
	textList: 'a list-of-text column',
	other: 'a column of a type criteria cannot compare'
};

const NUMBER_TYPES = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?)$/;
const DATE_TYPES = /^(DATE|TIMESTAMP|TIMESTAMP_S|TIMESTAMP_MS|TIMESTAMP_NS)$/;

export function columnKind(type: string): ColumnKind {
	const t = type.trim().toUpperCase();
	if (t === 'VARCHAR' || t === 'UUID' || t.startsWith('ENUM(')) return 'text';
	if (NUMBER_TYPES.test(t)) return 'number';
	if (DATE_TYPES.test(t)) return 'date';
	if (t === 'BOOLEAN') return 'boolean';
	if (t === 'VARCHAR[]') return 'textList';
	return 'other';
}

/** The accounts table's (or view's) columns in order, as DuckDB describes them. */
export async function readAccountColumns(engine: Engine, table = 'accounts'): Promise<AccountColumn[]> {
	const quoted = `"${table.replaceAll('"', '""')}"`;
	const rows = tableRows<{ column_name: string; column_type: string }>(await engine.query(`DESCRIBE ${quoted}`));
	return rows.map((r) => ({ name: r.column_name, type: r.column_type, kind: columnKind(r.column_type) }));
}

/** DuckDB resolves identifiers case-insensitively, and so do criteria: exact spelling first, then any case. */
export function findColumn(columns: readonly AccountColumn[], field: string): AccountColumn | undefined {
	return columns.find((c) => c.name === field) ?? columns.find((c) => c.name.toLowerCase() === field.toLowerCase());
}
