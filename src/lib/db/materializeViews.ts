import type { Engine } from './engine';
import { tableRows } from './rows';

/**
 * The classification views are read by every KPI query; recomputing the ICP rules each time made
 * the overview several times slower. Freezing them as tables after each (re)install keeps one
 * truth — the views' SQL — and computes it once. Later views read these by name, so they see the tables.
 */
export const CLASSIFICATION_VIEWS = ['account_fit', 'deals_classified', 'deal_fit', 'accounts_classified', 'leads_classified', 'revenue_classified'] as const;

/** KPI building blocks that read only the loaded data and the classification (never report_filter): frozen the same way. */
export const DATA_KPI_VIEWS = [
	'data_bounds',
	'campaign_channels',
	'account_segments',
	'deals_enriched',
	'customer_mrr',
	'customer_lifetimes',
	'customer_month_grid',
	'leads_enriched'
] as const;

/** Everything prepareDatabase freezes, in creation order. */
export const FROZEN_VIEWS = [...CLASSIFICATION_VIEWS, ...DATA_KPI_VIEWS] as const;

export async function materializeViews(engine: Engine, names: readonly string[]): Promise<void> {
	for (const name of names) {
		await engine.exec(`CREATE OR REPLACE TABLE "${name}__frozen" AS SELECT * FROM "${name}"`);
		await engine.exec(`DROP VIEW "${name}"`);
		await engine.exec(`ALTER TABLE "${name}__frozen" RENAME TO "${name}"`);
	}
}

/** Drops the frozen tables so the views can be defined again (a new ICP definition or version switch). */
export async function dropMaterialized(engine: Engine, names: readonly string[]): Promise<void> {
	const tables = tableRows<{ name: string }>(
		await engine.query(
			`SELECT table_name AS name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_name IN (${names.map(() => '?').join(', ')})`,
			names
		)
	);
	for (const { name } of [...tables].reverse()) await engine.exec(`DROP TABLE "${name}"`);
}
