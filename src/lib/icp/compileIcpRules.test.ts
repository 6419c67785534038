import { Bool, Field, Float64, Int32, List, Table, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows, type Row } from '../db/rows';
import icpNormSql from '../sql/icp/icp_norm.sql?raw';
import icpNumSql from '../sql/icp/icp_num.sql?raw';
import { seededRandom, type Random } from '../stats/random';
import { readAccountColumns, type AccountColumn } from './accountColumns';
import { compileIcpRules } from './compileIcpRules';
import { evaluateIcpReference } from './evaluateIcpReference';
import { IcpDefinitionError, type IcpCriterion, type IcpDefinition, type IcpVersion, type Tier } from './types';

const ACCOUNTS = 3000;
const DEFINITIONS = 50;
const WEIRD_COLUMN = 'Odd "Col"; name';

/** Text with the variants criteria must see through (case, surrounding whitespace) and hostile content. */
const TEXT_POOL = ['Software', 'Fintech', 'Healthcare IT', "O'Reilly; DROP TABLE deals", 'Café Ünïcode', '東京 株式会社', 'back\\slash', 'emoji 🚀', 'a"b'];
const TECH_POOL = ['Salesforce', 'HubSpot', 'Snowflake', "O'Reilly", 'Zoho CRM', 'ünï'];
const REGIONS = ['North America', 'Western Europe', 'APAC', 'LATAM'];
const STAGES = ['Seed', 'Series A', 'Series B', 'Series C', 'Series D+'];
const OWNERSHIP = ['Private', 'Government', 'Non-profit', 'Public'];

function variant(r: Random, text: string): string {
	const cased = r.pick([text, text.toUpperCase(), text.toLowerCase(), text]);
	return r.pick(['', ' ', '  ', '\t', '\u00a0']) + cased + r.pick(['', ' ', '\n', '\u00a0 ']);
}

const maybe = <T>(r: Random, p: number, make: () => T): T | null => (r.chance(p) ? null : make());
const anyDay = (r: Random) => `20${r.int(18, 24)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
/** Half the dates come from a few days so that eq / in on dates match often. */
const FREQUENT_DAYS = ['2020-02-29', '2021-01-01', '2022-06-15', '2023-12-31'];
const isoDay = (r: Random) => (r.chance(0.5) ? r.pick(FREQUENT_DAYS) : anyDay(r));
/** Numbers criteria also pick, so eq / in / boundaries of between hit exactly. */
const EMPLOYEE_STEPS = [0, 20, 49, 50, 51, 999, 1000, 1001, 2000];
const REVENUE_STEPS = [0, 0.1, 0.3, 999_999.99, 1e6, 5e6, 5_000_000.01, 1 / 3];
const ARR_STEPS = [0, 0.01, 1000, 12_345.67, 20_000];

async function loadRandomAccounts(db: Engine, r: Random): Promise<void> {
	const cols = {
		account_id: [] as string[],
		industry: [] as (string | null)[],
		employees: [] as (number | null)[],
		annual_revenue: [] as (number | null)[],
		region: [] as (string | null)[],
		funding_stage: [] as (string | null)[],
		tech_stack: [] as (string | null)[][] | null[],
		created_at: [] as (string | null)[],
		ownership: [] as (string | null)[],
		is_public: [] as (boolean | null)[],
		last_seen: [] as (string | null)[],
		arr: [] as (number | null)[],
		weird: [] as (string | null)[],
		tags: [] as (number[] | null)[]
	};
	for (let i = 0; i < ACCOUNTS; i++) {
		cols.account_id.push(`acc-${i}`);
		cols.industry.push(maybe(r, 0.1, () => (r.chance(0.05) ? '' : variant(r, r.pick(TEXT_POOL)))));
		cols.employees.push(maybe(r, 0.1, () => (r.chance(0.5) ? r.pick(EMPLOYEE_STEPS) : r.int(1, 5000))));
		cols.annual_revenue.push(maybe(r, 0.1, () => (r.chance(0.05) ? Number.NaN : r.chance(0.5) ? r.pick(REVENUE_STEPS) : Math.round(r.logNormal(5e6, 1.5) * 100) / 100)));
		cols.region.push(maybe(r, 0.1, () => variant(r, r.pick(REGIONS))));
		cols.funding_stage.push(maybe(r, 0.1, () => variant(r, r.pick(STAGES))));
		(cols.tech_stack as ((string | null)[] | null)[]).push(
			maybe(r, 0.1, () => Array.from({ length: r.int(0, 3) }, () => (r.chance(0.1) ? null : variant(r, r.pick(TECH_POOL)))))
		);
		cols.created_at.push(maybe(r, 0.1, () => isoDay(r)));
		cols.ownership.push(maybe(r, 0.3, () => variant(r, r.pick(OWNERSHIP))));
		cols.is_public.push(maybe(r, 0.2, () => r.chance(0.3)));
		cols.last_seen.push(maybe(r, 0.2, () => `${isoDay(r)} ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:00`));
		cols.arr.push(maybe(r, 0.2, () => (r.chance(0.5) ? r.pick(ARR_STEPS) : r.int(0, 2_000_000) / 100)));
		cols.weird.push(maybe(r, 0.2, () => variant(r, r.pick(TEXT_POOL))));
		cols.tags.push(maybe(r, 0.5, () => [r.int(1, 9)]));
	}
	const text = (values: (string | null)[]) => vectorFromArray(values, new Utf8());
	const staged = new Table({
		account_id: text(cols.account_id),
		industry: text(cols.industry),
		employees: vectorFromArray(cols.employees, new Int32()),
		annual_revenue: vectorFromArray(cols.annual_revenue, new Float64()),
		region: text(cols.region),
		funding_stage: text(cols.funding_stage),
		tech_stack: vectorFromArray(cols.tech_stack, new List(new Field('item', new Utf8(), true))),
		created_at: text(cols.created_at),
		ownership: text(cols.ownership),
		is_public: vectorFromArray(cols.is_public, new Bool()),
		last_seen: text(cols.last_seen),
		arr: vectorFromArray(cols.arr, new Float64()),
		weird: text(cols.weird),
		tags: vectorFromArray(cols.tags, new List(new Field('item', new Int32(), true)))
	});
	await db.insertArrowIPC('staged_accounts', tableToIPC(staged, 'stream'));
	await db.exec(`CREATE OR REPLACE TABLE accounts AS SELECT
		account_id, industry, employees, annual_revenue, region, funding_stage, tech_stack,
		CAST(created_at AS DATE) AS created_at, ownership, is_public, CAST(last_seen AS TIMESTAMP) AS last_seen,
		CAST(arr AS DECIMAL(12, 2)) AS arr, weird AS "${WEIRD_COLUMN.replaceAll('"', '""')}", tags
		FROM staged_accounts`);
}

/** A random valid definition over the account columns: random fields, ops, kinds, weights, tiers. */
function randomDefinition(r: Random, columns: AccountColumn[], n: number): IcpDefinition {
	const usable = columns.filter((c) => c.name !== 'account_id');
	const versionCount = r.int(1, 3);
	const versions: IcpVersion[] = [];
	for (let v = 0; v < versionCount; v++) {
		const criteria: IcpCriterion[] = [];
		const count = r.int(1, 6);
		for (let j = 0; j < count; j++) {
			const column = r.pick(usable);
			const name = `${j}: ${r.pick(['plain', "O'Reilly; DROP TABLE deals", 'naïve “quotes”', 'a"b\\c', '🚀'])}`;
			criteria.push(randomCriterion(r, column, name));
		}
		versions.push({ version: `v${n}.${v}'`, effectiveFrom: `${2020 + v}-01-01`, criteria });
	}
	const B = r.pick([0, 25, 40, 50, r.int(0, 90)]);
	const A = r.pick([70, 100, B + 1, B + 0.5 * (100 - B)].filter((a) => a > B && a <= 100));
	return { name: `random ${n}`, tiers: { A, B }, versions };
}

function randomCriterion(r: Random, column: AccountColumn, name: string): IcpCriterion {
	const kind = r.pick(['must', 'nice', 'nice', 'exclude'] as const);
	const role = kind === 'nice' ? { kind, weight: r.pick([1, 2, 5, 10, 0.1, 0.2, 0.7, 1 / 3, r.int(1, 100)]) } : { kind };
	const base = { name, field: r.chance(0.2) ? column.name.toUpperCase() : column.name, ...role };
	if (r.chance(0.1)) return { ...base, op: r.pick(['isNull', 'notNull'] as const) } as IcpCriterion;
	const several = <T>(make: () => T) => Array.from({ length: r.int(1, 3) }, make);
	const sorted = <T extends number | string>(a: T, b: T): [T, T] => (a <= b ? [a, b] : [b, a]);
	const pools: Record<string, string[]> = { industry: TEXT_POOL, region: REGIONS, funding_stage: STAGES, ownership: OWNERSHIP, [WEIRD_COLUMN]: TEXT_POOL };
	switch (column.kind) {
		case 'text': {
			const pick = () => variant(r, r.pick(pools[column.name]));
			const op = r.pick(['in', 'notIn', 'eq'] as const);
			return (op === 'eq' ? { ...base, op, value: pick() } : { ...base, op, value: several(pick) }) as IcpCriterion;
		}
		case 'textList':
			return { ...base, op: 'contains', value: several(() => variant(r, r.pick(TECH_POOL))) } as IcpCriterion;
		case 'boolean': {
			const op = r.pick(['in', 'notIn', 'eq'] as const);
			return (op === 'eq' ? { ...base, op, value: r.chance(0.5) } : { ...base, op, value: [r.chance(0.5)] }) as IcpCriterion;
		}
		case 'number': {
			const steps = column.name === 'employees' ? EMPLOYEE_STEPS : column.name === 'arr' ? ARR_STEPS : REVENUE_STEPS;
			const number = () => (r.chance(0.6) ? r.pick(steps) : column.name === 'employees' ? r.int(0, 5000) : r.logNormal(5e6, 1.5));
			const op = r.pick(['in', 'notIn', 'eq', 'between', 'gte', 'lte'] as const);
			if (op === 'between') return { ...base, op, value: sorted(number(), number()) } as IcpCriterion;
			if (op === 'in' || op === 'notIn') return { ...base, op, value: several(number) } as IcpCriterion;
			return { ...base, op, value: number() } as IcpCriterion;
		}
		case 'date': {
			const op = r.pick(['in', 'notIn', 'eq', 'between', 'gte', 'lte'] as const);
			if (op === 'between') return { ...base, op, value: sorted(isoDay(r), isoDay(r)) } as IcpCriterion;
			if (op === 'in' || op === 'notIn') return { ...base, op, value: several(() => isoDay(r)) } as IcpCriterion;
			return { ...base, op, value: isoDay(r) } as IcpCriterion;
		}
		case 'other':
			return { ...base, op: r.pick(['isNull', 'notNull'] as const) } as IcpCriterion;
	}
}

let db: Engine;
let accounts: Row[];
let columns: AccountColumn[];

beforeAll(async () => {
	db = await openNodeEngine();
	await loadRandomAccounts(db, seededRandom(20240611));
	await db.exec(icpNormSql);
	await db.exec(icpNumSql);
	accounts = tableRows(await db.query('SELECT * FROM accounts'));
	columns = await readAccountColumns(db);
});
afterAll(() => db.close());

describe('account_fit compiled to SQL', () => {
	it('sees every column kind in the random accounts', () => {
		expect(columns.map((c) => `${c.name}:${c.kind}`)).toEqual([
			'account_id:text',
			'industry:text',
			'employees:number',
			'annual_revenue:number',
			'region:text',
			'funding_stage:text',
			'tech_stack:textList',
			'created_at:date',
			'ownership:text',
			'is_public:boolean',
			'last_seen:date',
			'arr:number',
			`${WEIRD_COLUMN}:text`,
			'tags:other'
		]);
	});

	it('refuses to compile a criterion that does not fit the columns', () => {
		const definition: IcpDefinition = {
			name: 'x',
			tiers: { A: 70, B: 40 },
			versions: [{ version: '1', effectiveFrom: '2022-01-01', criteria: [{ name: 'Big', field: 'industry', op: 'gte', value: 5, kind: 'must' }] }]
		};
		expect(() => compileIcpRules(definition, columns)).toThrow(IcpDefinitionError);
		expect(() => compileIcpRules(definition, columns)).toThrow(/Criterion "Big" \(version 1\): op gte does not fit "industry"/);
	});

	it('equals the reference evaluator row for row on random accounts × random definitions', async () => {
		const r = seededRandom(7);
		const tiers: Record<Tier, number> = { A: 0, B: 0, C: 0, out: 0 };
		const outcomes = new Map<string, { holds: number; fails: number }>();
		let compared = 0;
		const mismatches: unknown[] = [];
		const kindOf = (field: string) => (columns.find((col) => col.name.toLowerCase() === field.toLowerCase()) as AccountColumn).kind;
		for (let n = 0; n < DEFINITIONS; n++) {
			const definition = randomDefinition(r, columns, n);
			await db.exec(compileIcpRules(definition, columns).viewSql);
			const rows = tableRows(await db.query('SELECT account_id, version, score, tier, is_icp, matched, failed FROM account_fit'));
			expect(rows).toHaveLength(ACCOUNTS * definition.versions.length);
			const byKey = new Map(rows.map((row) => [`${row.account_id}|${row.version}`, row]));
			for (const account of accounts) {
				for (const version of definition.versions) {
					const expected = evaluateIcpReference(definition, version.version, account);
					const row = byKey.get(`${account.account_id}|${version.version}`);
					const agrees =
						row !== undefined &&
						Math.abs((row.score as number) - expected.score) <= 1e-9 &&
						row.tier === expected.tier &&
						row.is_icp === expected.isIcp &&
						JSON.stringify([row.matched, row.failed]) === JSON.stringify([expected.matched, expected.failed]);
					if (!agrees && mismatches.length < 5) mismatches.push({ definition: n, version: version.version, account, sql: row, expected });
					tiers[expected.tier]++;
					for (const c of version.criteria) {
						const key = `${c.op}/${kindOf(c.field)}`;
						const tally = outcomes.get(key) ?? { holds: 0, fails: 0 };
						if (expected.matched.includes(c.name) !== (c.kind === 'exclude')) tally.holds++;
						else tally.fails++;
						outcomes.set(key, tally);
					}
					compared++;
				}
			}
		}
		expect(mismatches).toEqual([]);
		expect(compared).toBeGreaterThan(DEFINITIONS * ACCOUNTS);
		// The comparison is only worth something if every tier and every op on every column kind both held and failed often.
		for (const tier of ['A', 'B', 'C', 'out'] as const) expect(tiers[tier], `tier ${tier}`).toBeGreaterThan(1000);
		const weak = [...outcomes].filter(([, t]) => t.holds < 50 || t.fails < 50).map(([k, t]) => `${k} ${JSON.stringify(t)}`);
		expect(weak).toEqual([]);
	});
});
