import { installIcp, type InstalledIcp } from '../icp/installIcp';
import { installKpiViews } from '../kpis/installKpiViews';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import type { Engine } from './engine';

/**
 * After data is loaded: make sure every canonical table exists (a dataset may lack leads or revenue),
 * classify by the ICP, then define the KPI views. Browser and Node both call this one function.
 */
export async function prepareDatabase(engine: Engine, icpDefinition: unknown): Promise<InstalledIcp> {
	await engine.exec(canonicalTablesSql);
	const installed = await installIcp(engine, icpDefinition);
	await installKpiViews(engine);
	return installed;
}
