import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { CANONICAL_COLUMNS } from './convert';
import { ident, literal } from './sqlText';

/** One converted file waiting to be written; its position in the list is its export order. */
export interface Staged {
	/** Typed table from convertRaw. */
	table: string;
	rawTable: string;
	rejectsTable: string;
	rawColumns: string[];
	extras: { name: string; type: 'DOUBLE' | 'VARCHAR' }[];
	/** Attribute tables only update accounts that exist; their unmatched rows are rejected. */
	attributesOnly: boolean;
	/** The source column naming the account, for messages about accounts not found. */
	accountColumn: string | null;
}

export interface CommitCounts {
	/** Rows that lost to a later row with the same key (later line or later export). */
	superseded: number;
	/** Rows moved to the rejects table while committing (account not found). */
	rejected: number;
	unknownAccount: number;
	/** revenue: rows added into another row of the same file, account and month. */
	summed: number;
}

/** Later export first, then later line: the order in which rows win over rows with the same key. */
const ORDER = '__file * 10000000000 + __row';

function unionOf(staged: readonly Staged[], columns: (s: Staged) => string): string {
	return staged.map((s, i) => `SELECT ${columns(s)}, __row, ${i} AS __file FROM ${ident(s.table)}`).join(' UNION ALL BY NAME ');
}

async function perFile(engine: Engine, sql: string, files: number): Promise<number[]> {
	const out = new Array<number>(files).fill(0);
	for (const r of tableRows(await engine.query(sql))) out[Number(r.__file)] = Number(r.n);
	return out;
}

/** Name → account id for rows that only name their account (case and surrounding spaces ignored). */
function namesOfAccounts(): string {
	return `(SELECT lower(trim(name)) AS k, min(account_id) AS account_id FROM accounts WHERE name IS NOT NULL GROUP BY 1)`;
}

/** Moves rows of the union that match `where` into their file's rejects table with `reason`. */
async function rejectFromUnion(engine: Engine, union: string, staged: readonly Staged[], where: string, reason: string): Promise<number[]> {
	const counts = await perFile(engine, `SELECT __file, count(*) AS n FROM ${ident(union)} WHERE ${where} GROUP BY 1`, staged.length);
	for (const [i, s] of staged.entries()) {
		if (counts[i] === 0) continue;
		const column = literal(s.accountColumn ?? '');
		await engine.exec(
			`INSERT INTO ${ident(s.rejectsTable)} BY NAME
			SELECT u.__row, ${column} AS __column, 'column ' || ${column} || ': ' || ${reason} AS __reason, ${s.rawColumns.map((c) => `r.${ident(c)}`).join(', ')}
			FROM ${ident(union)} u JOIN ${ident(s.rawTable)} r ON r.rowid = u.__row WHERE u.__file = ${i} AND ${where}`
		);
	}
	await engine.exec(`DELETE FROM ${ident(union)} WHERE ${where}`);
	return counts;
}

/**
 * Accounts (and attribute tables) merge field by field: for each account the latest row that has a
 * value wins, older values stay where a newer export leaves the field empty or lacks the column.
 * Extra columns are added to `accounts` (numbers as DOUBLE, anything else as VARCHAR).
 */
export async function commitAccounts(engine: Engine, id: string, staged: readonly Staged[]): Promise<CommitCounts[]> {
	if (staged.length === 0) return [];
	const extraTypes = await reconcileExtraColumns(engine, staged);
	const canonical = CANONICAL_COLUMNS.accounts.map(([c]) => c);
	const union = `${id}_accounts_union`;
	const selectOf = (s: Staged) =>
		[
			...canonical,
			...s.extras.map((e) => `CAST(${ident(`__x_${e.name}`)} AS ${extraTypes.get(e.name)}) AS ${ident(e.name)}`),
			`${s.attributesOnly ? 'account_id' : 'NULL::VARCHAR'} AS __key`,
			`${s.attributesOnly} AS __attributes`
		].join(', ');
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(union)} AS ${unionOf(staged, selectOf)}`);
	const rejected = new Array<number>(staged.length).fill(0);
	if (staged.some((s) => s.attributesOnly)) {
		await engine.exec(
			`UPDATE ${ident(union)} u SET account_id = m.resolved
			FROM (SELECT k.__key, coalesce(a.account_id, n.account_id) AS resolved FROM (SELECT DISTINCT __key FROM ${ident(union)} WHERE __attributes) k
				LEFT JOIN accounts a ON a.account_id = k.__key LEFT JOIN ${namesOfAccounts()} n ON n.k = lower(trim(k.__key))) m
			WHERE u.__attributes AND u.__key = m.__key`
		);
		const missing = await rejectFromUnion(engine, union, staged, `__attributes AND (account_id IS NULL OR account_id NOT IN (SELECT account_id FROM accounts))`, `'no account has the id or name ' || '''' || __key || ''''`);
		missing.forEach((n, i) => (rejected[i] += n));
	}
	const rows = await perFile(engine, `SELECT __file, count(*) AS n FROM ${ident(union)} GROUP BY 1`, staged.length);
	const kept = await perFile(engine, `SELECT __file, count(*) AS n FROM (SELECT arg_max(__file, ${ORDER}) AS __file FROM ${ident(union)} GROUP BY account_id) GROUP BY 1`, staged.length);
	const allColumns = [...canonical, ...extraTypes.keys()];
	const existing = `SELECT ${allColumns.map(ident).join(', ')}, -1 AS __file, 0 AS __row FROM accounts WHERE account_id IN (SELECT account_id FROM ${ident(union)})`;
	const merged = `${id}_accounts_merged`;
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(merged)} AS
		SELECT account_id, ${allColumns
			.slice(1)
			.map((c) => `arg_max(${ident(c)}, ${ORDER}) FILTER (WHERE ${ident(c)} IS NOT NULL) AS ${ident(c)}`)
			.join(', ')}
		FROM (${existing} UNION ALL BY NAME SELECT ${allColumns.map(ident).join(', ')}, __file, __row FROM ${ident(union)}) GROUP BY account_id`
	);
	await engine.exec(`DELETE FROM accounts WHERE account_id IN (SELECT account_id FROM ${ident(merged)})`);
	await engine.exec(`INSERT INTO accounts BY NAME SELECT * FROM ${ident(merged)}`);
	await engine.exec(`DROP TABLE ${ident(merged)}; DROP TABLE ${ident(union)}`);
	return staged.map((_, i) => ({ superseded: rows[i] - kept[i], rejected: rejected[i], unknownAccount: 0, summed: 0 }));
}

/** Adds missing extra columns to accounts; a column that is text anywhere becomes VARCHAR everywhere. */
async function reconcileExtraColumns(engine: Engine, staged: readonly Staged[]): Promise<Map<string, 'DOUBLE' | 'VARCHAR'>> {
	const existing = new Map(
		tableRows(await engine.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'accounts'`)).map((r) => [
			String(r.column_name),
			String(r.data_type)
		])
	);
	const types = new Map<string, 'DOUBLE' | 'VARCHAR'>();
	for (const s of staged) for (const e of s.extras) types.set(e.name, types.get(e.name) === 'VARCHAR' ? 'VARCHAR' : e.type);
	for (const [name, type] of types) {
		const current = existing.get(name);
		if (current === undefined) await engine.exec(`ALTER TABLE accounts ADD COLUMN ${ident(name)} ${type}`);
		else if (current !== 'VARCHAR' && type === 'VARCHAR') await engine.exec(`ALTER TABLE accounts ALTER ${ident(name)} TYPE VARCHAR`);
		else if (current === 'VARCHAR') types.set(name, 'VARCHAR');
	}
	return types;
}

const KEYS: Record<'deals' | 'leads' | 'revenue', string[]> = {
	deals: ['deal_id'],
	leads: ['lead_id'],
	revenue: ['account_id', 'month']
};

/**
 * Deals, leads and revenue: the latest row per key wins (later export, then later line) and
 * replaces the canonical row with that key. Accounts named rather than identified are looked up by
 * name; deals and leads whose account is empty or not in accounts are kept and counted. Revenue
 * needs its account: a name no account has is rejected; rows of one file for the same account and
 * month are summed (an MRR export lists each subscription).
 */
export async function commitKeyed(engine: Engine, id: string, kind: 'deals' | 'leads' | 'revenue', staged: readonly Staged[]): Promise<CommitCounts[]> {
	if (staged.length === 0) return [];
	const canonical = CANONICAL_COLUMNS[kind].map(([c]) => c);
	const union = `${id}_${kind}_union`;
	await engine.exec(
		`CREATE OR REPLACE TEMP TABLE ${ident(union)} AS
		SELECT u.* REPLACE (coalesce(u.account_id, n.account_id) AS account_id)
		FROM (${unionOf(staged, () => [...canonical, '__account_name'].join(', '))}) u
		LEFT JOIN ${namesOfAccounts()} n ON u.account_id IS NULL AND n.k = lower(trim(u.__account_name))`
	);
	const rejected = new Array<number>(staged.length).fill(0);
	let source = union;
	let rowsOf = 'count(*)';
	if (kind === 'revenue') {
		const missing = await rejectFromUnion(engine, union, staged, 'account_id IS NULL', `'no account is named ' || '''' || __account_name || ''''`);
		missing.forEach((n, i) => (rejected[i] += n));
		source = `${id}_revenue_summed`;
		rowsOf = 'sum(__rows)';
		await engine.exec(
			`CREATE OR REPLACE TEMP TABLE ${ident(source)} AS
			SELECT account_id, month, sum(mrr) AS mrr, max(__row) AS __row, __file, count(*) AS __rows FROM ${ident(union)} GROUP BY account_id, month, __file`
		);
	}
	const keys = KEYS[kind];
	const all = await perFile(engine, `SELECT __file, ${rowsOf} AS n FROM ${ident(source)} GROUP BY 1`, staged.length);
	const groups = kind === 'revenue' ? await perFile(engine, `SELECT __file, count(*) AS n FROM ${ident(source)} GROUP BY 1`, staged.length) : all;
	// Usually no key repeats, and finding that out is one aggregation; only repeated keys lose rows.
	const best = `${id}_${kind}_best`;
	await engine.exec(`CREATE OR REPLACE TEMP TABLE ${ident(best)} AS SELECT ${keys.join(', ')}, max(${ORDER}) AS best FROM ${ident(source)} GROUP BY ${keys.join(', ')} HAVING count(*) > 1`);
	const sameKey = keys.map((k) => `s.${k} = b.${k}`).join(' AND ');
	const lost = await perFile(
		engine,
		`SELECT s.__file, ${kind === 'revenue' ? 'sum(s.__rows)' : 'count(*)'} AS n FROM ${ident(source)} s JOIN ${ident(best)} b ON ${sameKey} WHERE s.__file * 10000000000 + s.__row < b.best GROUP BY 1`,
		staged.length
	);
	if (lost.some((n) => n > 0)) {
		await engine.exec(`DELETE FROM ${ident(source)} s USING ${ident(best)} b WHERE ${sameKey} AND s.__file * 10000000000 + s.__row < b.best`);
	}
	const match = keys.map((k) => `t.${k} = w.${k}`).join(' AND ');
	await engine.exec(`DELETE FROM ${kind} t WHERE EXISTS (SELECT 1 FROM ${ident(source)} w WHERE ${match})`);
	await engine.exec(`INSERT INTO ${kind} (${canonical.join(', ')}) SELECT ${canonical.join(', ')} FROM ${ident(source)}`);
	const unknown = await perFile(
		engine,
		`SELECT __file, ${rowsOf} AS n FROM ${ident(source)} WHERE account_id IS NULL OR account_id NOT IN (SELECT account_id FROM accounts) GROUP BY 1`,
		staged.length
	);
	await engine.exec(`DROP TABLE ${ident(best)}; DROP TABLE IF EXISTS ${ident(`${id}_revenue_summed`)}; DROP TABLE ${ident(union)}`);
	return staged.map((_, i) => ({ superseded: lost[i], rejected: rejected[i], unknownAccount: unknown[i], summed: all[i] - groups[i] }));
}
