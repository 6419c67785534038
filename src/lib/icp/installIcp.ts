import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import accountsClassifiedSql from '../sql/icp/accounts_classified.sql?raw';
import dealFitSql from '../sql/icp/deal_fit.sql?raw';
import dealsClassifiedSql from '../sql/icp/deals_classified.sql?raw';
import icpTablesSql from '../sql/icp/icp_tables.sql?raw';
import icpVersionAtSql from '../sql/icp/icp_version_at.sql?raw';
import leadsClassifiedSql from '../sql/icp/leads_classified.sql?raw';
import revenueClassifiedSql from '../sql/icp/revenue_classified.sql?raw';
import { compileIcpRules } from './compileIcpRules';
import { parseIcpDefinition } from './parseIcpDefinition';
import { IcpDefinitionError, type IcpDefinition } from './types';
import { validateIcpAgainstData, type VersionFit } from './validateIcpAgainstData';

export interface InstallIcpOptions {
	/** Classify all history by this version; omitted or null: each row by the version in force on its date. */
	classifyBy?: string | null;
}

export interface InstalledIcp {
	definition: IcpDefinition;
	classifyBy: string | null;
	accounts: number;
	versions: VersionFit[];
}

/** The classified views in creation order (deal_fit reads deals_classified). */
const CLASSIFIED_VIEWS = [
	['deals_classified', dealsClassifiedSql],
	['deal_fit', dealFitSql],
	['accounts_classified', accountsClassifiedSql],
	['leads_classified', leadsClassifiedSql],
	['revenue_classified', revenueClassifiedSql]
] as const;

const BASE_TABLES = ['accounts', 'deals', 'leads', 'revenue'];

function classifyByError(definition: IcpDefinition, classifyBy: string): IcpDefinitionError {
	const versions = definition.versions.map((v) => JSON.stringify(v.version)).join(', ');
	return new IcpDefinitionError([{ path: '', message: `classifyBy ${JSON.stringify(classifyBy)} is not a version of this ICP; its versions are ${versions}.` }]);
}

/**
 * Parses and checks `input` (an ICP definition as JSON), then installs it: the icp_* tables, the
 * account_fit view compiled from it, and the classified views (deals_classified, deal_fit,
 * accounts_classified, leads_classified, revenue_classified). Nothing is changed when the definition
 * has errors: they are thrown together as one IcpDefinitionError. Re-run after reloading accounts
 * (the view is compiled against its columns).
 */
export async function installIcp(engine: Engine, input: unknown, options: InstallIcpOptions = {}): Promise<InstalledIcp> {
	const parsed = parseIcpDefinition(input);
	if (!parsed.ok) throw new IcpDefinitionError(parsed.errors);
	const { definition } = parsed;
	const classifyBy = options.classifyBy ?? null;
	if (classifyBy !== null && !definition.versions.some((v) => v.version === classifyBy)) throw classifyByError(definition, classifyBy);

	const present = tableRows<{ name: string }>(
		await engine.query(`SELECT DISTINCT lower(table_name) AS name FROM information_schema.tables WHERE lower(table_name) IN (${BASE_TABLES.map(() => '?').join(', ')})`, BASE_TABLES)
	).map((r) => r.name);
	const missing = BASE_TABLES.filter((t) => !present.includes(t));
	if (missing.length > 0) {
		throw new Error(`installIcp needs the canonical tables (src/lib/sql/model/canonical_tables.sql); missing: ${missing.join(', ')}.`);
	}

	const validation = await validateIcpAgainstData(engine, definition);
	if (validation.errors.length > 0) throw new IcpDefinitionError(validation.errors);
	const { viewSql } = compileIcpRules(definition, validation.columns);

	await engine.exec(icpTablesSql);
	for (const [position, version] of definition.versions.entries()) {
		await engine.query('INSERT INTO icp_versions VALUES (?, CAST(? AS DATE), ?)', [version.version, version.effectiveFrom, position]);
		for (const [index, c] of version.criteria.entries()) {
			const weight = c.kind === 'nice' ? c.weight : null;
			await engine.query('INSERT INTO icp_criteria VALUES (?, ?, ?, ?, ?, ?, ?)', [version.version, index, c.name, c.field, c.op, c.kind, weight]);
		}
	}
	await engine.query('INSERT INTO icp_settings VALUES (?)', [classifyBy]);
	await engine.exec(icpVersionAtSql);
	await engine.exec(viewSql);
	for (const [name, sql] of CLASSIFIED_VIEWS) {
		try {
			await engine.exec(sql);
		} catch (error) {
			throw new Error(`installIcp could not create ${name}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	return { definition, classifyBy, accounts: validation.accounts, versions: validation.versions };
}

/**
 * Switches how history is classified without recompiling: one version for every deal, lead and
 * customer, or null for the version in force on each one's date. Needs installIcp to have run.
 */
export async function setIcpClassifyBy(engine: Engine, classifyBy: string | null): Promise<void> {
	if (classifyBy !== null) {
		const versions = tableRows<{ version: string }>(await engine.query('SELECT version FROM icp_versions ORDER BY position'));
		if (!versions.some((v) => v.version === classifyBy)) {
			const listed = versions.map((v) => JSON.stringify(v.version)).join(', ');
			throw new Error(`classifyBy ${JSON.stringify(classifyBy)} is not a version of the installed ICP; its versions are ${listed}.`);
		}
	}
	await engine.query('UPDATE icp_settings SET classify_by = ?', [classifyBy]);
}
