import { installIcp, type InstallIcpOptions, type InstalledIcp } from '../icp/installIcp';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import { IcpDefinitionError } from '../icp/types';
import { validateIcpAgainstData } from '../icp/validateIcpAgainstData';
import { installKpiViews } from '../kpis/installKpiViews';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import type { Engine } from './engine';
import { CLASSIFICATION_VIEWS, DATA_KPI_VIEWS, FROZEN_VIEWS, dropMaterialized, materializeViews } from './materializeViews';

/**
 * After data is loaded, or when the ICP definition or the version switch changes: make sure every
 * canonical table exists (a dataset may lack leads or revenue), classify by the ICP, freeze the
 * classification, then define the KPI views. Browser and Node both call this one function.
 */
export async function prepareDatabase(engine: Engine, icpDefinition: unknown, options: InstallIcpOptions = {}): Promise<InstalledIcp> {
	await engine.exec(canonicalTablesSql);
	await assertIcpFits(engine, icpDefinition);
	await dropMaterialized(engine, FROZEN_VIEWS);
	const installed = await installIcp(engine, icpDefinition, options);
	await materializeViews(engine, CLASSIFICATION_VIEWS);
	await installKpiViews(engine, { freeze: DATA_KPI_VIEWS });
	return installed;
}

/** Checked before the current classification is dropped, so a broken definition leaves the dashboard as it was. */
async function assertIcpFits(engine: Engine, icpDefinition: unknown): Promise<void> {
	const parsed = parseIcpDefinition(icpDefinition);
	if (!parsed.ok) throw new IcpDefinitionError(parsed.errors);
	const { errors } = await validateIcpAgainstData(engine, parsed.definition);
	if (errors.length > 0) throw new IcpDefinitionError(errors);
}
