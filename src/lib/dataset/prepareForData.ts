import type { Engine } from '../db/engine';
import { CLASSIFICATION_VIEWS, FROZEN_VIEWS, dropMaterialized } from '../db/materializeViews';
import { prepareDatabase } from '../db/prepareDatabase';
import { tableRows } from '../db/rows';
import { IcpDefinitionError, type IcpError } from '../icp/types';
import { FILTER_DERIVED_TABLES } from '../kpis/reportFilter';
import icpNormSql from '../sql/icp/icp_norm.sql?raw';
import icpNumSql from '../sql/icp/icp_num.sql?raw';

export interface TableCounts {
	accounts: number;
	deals: number;
	revenue: number;
	leads: number;
}

/**
 * prepareDatabase for data the ICP definition may not fit: a real CRM export often lacks a field the
 * definition uses, or no account passes a version. Then the data stays loaded, the previous data's
 * frozen classification, data views and filter-derived tables are dropped (so no panel can show them as if they were this data's), and the
 * errors are returned for the user to fix the definition on the ICP page, which needs the icp_norm /
 * icp_num macros. Any other failure is thrown.
 */
export async function prepareForData(engine: Engine, icpDefinition: unknown): Promise<IcpError[]> {
	try {
		await prepareDatabase(engine, icpDefinition);
		return [];
	} catch (error) {
		if (!(error instanceof IcpDefinitionError)) throw error;
		await dropMaterialized(engine, [...FROZEN_VIEWS, ...FILTER_DERIVED_TABLES]);
		for (const name of CLASSIFICATION_VIEWS) await engine.exec(`DROP VIEW IF EXISTS "${name}"`);
		await engine.exec(icpNormSql);
		await engine.exec(icpNumSql);
		return error.errors;
	}
}

export async function tableCounts(engine: Engine): Promise<TableCounts> {
	const [row] = tableRows(
		await engine.query(
			'SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM revenue) AS revenue, (SELECT count(*) FROM leads) AS leads'
		)
	);
	return { accounts: Number(row.accounts), deals: Number(row.deals), revenue: Number(row.revenue), leads: Number(row.leads) };
}

/** Whether the data is classified (the ICP page may have installed a fitting definition since). */
export async function classificationInstalled(engine: Engine): Promise<boolean> {
	const [row] = tableRows(await engine.query(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'deals_classified'`));
	return Number(row.n) > 0;
}
