import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import icpNormSql from '../sql/icp/icp_norm.sql?raw';
import icpNumSql from '../sql/icp/icp_num.sql?raw';
import { readAccountColumns, type AccountColumn } from './accountColumns';
import { checkCriteriaColumns } from './checkCriteriaColumns';
import { compileIcpRules } from './compileIcpRules';
import type { IcpDefinition, IcpError } from './types';

export interface VersionFit {
	version: string;
	/** Accounts passing every must and no exclude (tier A, B or C). */
	passing: number;
	/** Accounts in tier A or B. */
	icp: number;
}

export interface IcpDataValidation {
	errors: IcpError[];
	/** Number of accounts; 0 when the table is empty or could not be read. */
	accounts: number;
	/** Per version, in definition order; empty when there were errors before counting. */
	versions: VersionFit[];
	columns: AccountColumn[];
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks a parsed definition against the loaded accounts: each field exists, each op fits its
 * column's type and the values have that type, account_id is unique, and every version lets at least
 * one account pass (a version that matches nothing is reported with the criteria that rule every
 * account out). Changes nothing but the icp_norm / icp_num macros.
 */
export async function validateIcpAgainstData(engine: Engine, definition: IcpDefinition): Promise<IcpDataValidation> {
	let columns: AccountColumn[];
	try {
		columns = await readAccountColumns(engine);
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		return { errors: [{ path: '', message: `Cannot read the accounts table to check the ICP against: ${reason}` }], accounts: 0, versions: [], columns: [] };
	}
	if (!columns.some((c) => c.name === 'account_id')) {
		const message = `The accounts table has no account_id column; it has ${columns.map((c) => c.name).join(', ')}.`;
		return { errors: [{ path: '', message }], accounts: 0, versions: [], columns };
	}
	const errors = checkCriteriaColumns(definition, columns);
	const [{ accounts }] = tableRows<{ accounts: number }>(await engine.query('SELECT count(*) AS accounts FROM accounts'));
	const duplicates = tableRows<{ account_id: string; n: number }>(
		await engine.query('SELECT account_id, count(*) AS n FROM accounts GROUP BY account_id HAVING count(*) > 1 ORDER BY n DESC, account_id LIMIT 5')
	);
	if (duplicates.length > 0) {
		const listed = duplicates.map((d) => `${JSON.stringify(d.account_id)} (${d.n} rows)`).join(', ');
		errors.push({ path: '', message: `accounts.account_id must be unique for the ICP to classify each account once; repeated: ${listed}.` });
	}
	if (errors.length > 0) return { errors, accounts, versions: [], columns };

	await engine.exec(icpNormSql);
	await engine.exec(icpNumSql);
	const { selectSql } = compileIcpRules(definition, columns);
	const counts = tableRows<{ version: string; passing: number; icp: number }>(
		await engine.query(`WITH fit AS (${selectSql})
			SELECT version, count(*) FILTER (WHERE tier <> 'out') AS passing, count(*) FILTER (WHERE is_icp) AS icp
			FROM fit GROUP BY version`)
	);
	const versions = definition.versions.map((v) => {
		const row = counts.find((c) => c.version === v.version);
		return { version: v.version, passing: row?.passing ?? 0, icp: row?.icp ?? 0 };
	});
	if (accounts > 0) {
		for (const [i, fit] of versions.entries()) {
			if (fit.passing === 0) errors.push(await noMatchError(engine, definition, selectSql, i, accounts));
		}
	}
	return { errors, accounts, versions, columns };
}

/** Explains a version that matches no account by the criteria that rule out every account. */
async function noMatchError(engine: Engine, definition: IcpDefinition, selectSql: string, index: number, accounts: number): Promise<IcpError> {
	const version = definition.versions[index];
	const failing = tableRows<{ name: string; n: number }>(
		await engine.query(`WITH fit AS (${selectSql})
			SELECT name, count(*) AS n FROM (SELECT unnest(failed) AS name FROM fit WHERE version = ?) GROUP BY name`, [version.version])
	);
	const failedBy = new Map(failing.map((f) => [f.name, f.n]));
	const blocking = version.criteria.filter((c) => c.kind !== 'nice' && failedBy.get(c.name) === accounts);
	const reason =
		blocking.length > 0
			? `${blocking.map((c) => `${c.kind} criterion "${c.name}" ${c.kind === 'must' ? 'fails for' : 'hits'} every account`).join('; ')}`
			: 'each must and exclude criterion alone lets some accounts through, but no account meets all of them together';
	return {
		path: `/versions/${index}`,
		version: version.version,
		criterion: blocking[0]?.name,
		message: `Version ${version.version} matches no account: none of the ${plural(accounts, 'account')} passes every must criterion without hitting an exclude (${reason}). Check the values against the data; text compares ignoring case and surrounding spaces.`
	};
}
