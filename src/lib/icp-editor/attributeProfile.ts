import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { readAccountColumns, type AccountColumn } from '../icp/accountColumns';
import { sqlIdentifier } from '../icp/sqlLiterals';
import accountCountSql from '../sql/icp-editor/account_count.sql?raw';
import attributeDatesSql from '../sql/icp-editor/attribute_dates.sql?raw';
import attributeNumbersSql from '../sql/icp-editor/attribute_numbers.sql?raw';
import attributePresentSql from '../sql/icp-editor/attribute_present.sql?raw';
import attributeValuesSql from '../sql/icp-editor/attribute_values.sql?raw';
import type { AttributeProfile } from './attributeProfileTypes';
import { fillSqlTemplate } from './sqlTemplate';

export type { AttributeProfile, AttributeValue } from './attributeProfileTypes';

async function profileColumn(engine: Engine, column: AccountColumn): Promise<AttributeProfile> {
	const col = `a.${sqlIdentifier(column.name)}`;
	switch (column.kind) {
		case 'text':
		case 'boolean':
		case 'textList': {
			const value = column.kind === 'textList' ? `unnest(${col})` : `CAST(${col} AS VARCHAR)`;
			const rows = tableRows<{ value: string; accounts: number; distinct_values: number; present: number }>(
				await engine.query(fillSqlTemplate(attributeValuesSql, { value }))
			);
			return {
				kind: 'values',
				column,
				present: rows[0]?.present ?? 0,
				distinct: rows[0]?.distinct_values ?? 0,
				values: rows.map((r) => ({ value: r.value, accounts: r.accounts }))
			};
		}
		case 'number': {
			const [r] = tableRows<{ present: number; distinct_values: number; min: number | null; p25: number | null; median: number | null; p75: number | null; max: number | null }>(
				await engine.query(fillSqlTemplate(attributeNumbersSql, { value: col }))
			);
			return { kind: 'numbers', column, present: r.present, distinct: r.distinct_values, min: r.min, p25: r.p25, median: r.median, p75: r.p75, max: r.max };
		}
		case 'date': {
			const [r] = tableRows<{ present: number; min: string | null; median: string | null; max: string | null }>(
				await engine.query(fillSqlTemplate(attributeDatesSql, { value: col }))
			);
			return { kind: 'dates', column, present: r.present, min: r.min, median: r.median, max: r.max };
		}
		case 'other': {
			const [r] = tableRows<{ present: number }>(await engine.query(fillSqlTemplate(attributePresentSql, { value: col })));
			return { kind: 'none', column, present: r.present };
		}
	}
}

export interface AccountsProfile {
	accounts: number;
	/** Every column but account_id, in table order. */
	attributes: AttributeProfile[];
}

/**
 * What the loaded accounts hold, column by column: the common values of text and list columns, the
 * spread of numbers and dates. Needs the icp_norm / icp_num macros (installIcp creates them).
 */
export async function profileAccounts(engine: Engine): Promise<AccountsProfile> {
	const columns = await readAccountColumns(engine);
	const [{ accounts }] = tableRows<{ accounts: number }>(await engine.query(accountCountSql));
	const attributes: AttributeProfile[] = [];
	for (const column of columns) {
		if (column.name !== 'account_id') attributes.push(await profileColumn(engine, column));
	}
	return { accounts, attributes };
}
