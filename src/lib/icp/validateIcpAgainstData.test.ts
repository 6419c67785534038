import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import { seededRandom } from '../stats/random';
import { installIcp } from './installIcp';
import { parseIcpDefinition } from './parseIcpDefinition';
import { sqlDouble, sqlString } from './sqlLiterals';
import type { IcpDefinition } from './types';
import { validateIcpAgainstData } from './validateIcpAgainstData';

const INJECTION = "O'Reilly; DROP TABLE deals";

let db: Engine;

beforeAll(async () => {
	db = await openNodeEngine();
	await db.exec(canonicalTablesSql);
	await db.exec(`ALTER TABLE accounts ADD COLUMN "owner ""type""" VARCHAR;
		INSERT INTO accounts (account_id, industry, employees, annual_revenue, region, tech_stack, created_at, "owner ""type""") VALUES
		('a1', 'Software', 120, 2e6, 'North America', ['Salesforce'], DATE '2021-03-01', 'Private'),
		('a2', '  o''reilly; drop table DEALS ', 40, NULL, 'Western Europe', [], DATE '2022-03-01', 'Government'),
		('a3', 'Fintech', 800, 9e6, 'APAC', NULL, NULL, NULL),
		('a4', '東京 Café', 5, 1e5, 'LATAM', ['HubSpot', NULL], DATE '2023-03-01', 'Non-profit');
		INSERT INTO deals (deal_id, account_id, created_at, status) VALUES ('d1', 'a2', DATE '2023-01-01', 'won');`);
});
afterAll(() => db.close());

function definition(criteria: unknown[], versions?: unknown[]): IcpDefinition {
	const parsed = parseIcpDefinition({ name: 'Test', versions: versions ?? [{ version: '1', effectiveFrom: '2022-01-01', criteria }] });
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.definition;
}

async function errorsFor(criteria: unknown[]) {
	return (await validateIcpAgainstData(db, definition(criteria))).errors;
}

describe('validateIcpAgainstData', () => {
	it('names the criterion and lists the available fields for an unknown field', async () => {
		const [error] = await errorsFor([{ name: 'Big enough', field: 'headcount', op: 'gte', value: 50, kind: 'must' }]);
		expect(error).toMatchObject({ path: '/versions/0/criteria/0/field', version: '1', criterion: 'Big enough' });
		expect(error.message).toBe(
			'Criterion "Big enough" (version 1): unknown field "headcount". Available fields: account_id, name, industry, employees, annual_revenue, country, region, funding_stage, tech_stack, created_at, owner "type".'
		);
		const [typo] = await errorsFor([{ name: 'Stack', field: 'tech_stak', op: 'contains', value: ['x'], kind: 'must' }]);
		expect(typo.message).toMatch(/unknown field "tech_stak"\. Did you mean "tech_stack"\?/);
	});

	it('rejects an op that does not fit the column type, saying which ops do', async () => {
		const [gte] = await errorsFor([{ name: 'Late industry', field: 'industry', op: 'gte', value: 5, kind: 'must' }]);
		expect(gte).toMatchObject({ criterion: 'Late industry', path: '/versions/0/criteria/0/op' });
		expect(gte.message).toBe(
			'Criterion "Late industry" (version 1): op gte does not fit "industry", a text column (VARCHAR); ops for it: in, notIn, eq, isNull, notNull.'
		);
		const [contains] = await errorsFor([{ name: 'Software-ish', field: 'industry', op: 'contains', value: ['Soft'], kind: 'nice' }]);
		expect(contains.message).toMatch(/"Software-ish" \(version 1\): op contains does not fit "industry".*contains is for list columns such as tech_stack\./);
		const [onList] = await errorsFor([{ name: 'CRM', field: 'tech_stack', op: 'in', value: ['Salesforce'], kind: 'nice' }]);
		expect(onList.message).toMatch(/"CRM" \(version 1\): op in does not fit "tech_stack", a list-of-text column \(VARCHAR\[\]\); ops for it: contains, isNull, notNull\./);
	});

	it('rejects values of the wrong type for the column: numbers only on number columns', async () => {
		const [numberOnText] = await errorsFor([{ name: 'Region code', field: 'region', op: 'in', value: [1, 2], kind: 'must' }]);
		expect(numberOnText.message).toBe('Criterion "Region code" (version 1): "region" is a text column (VARCHAR), so in needs texts; got 1.');
		const [textOnNumber] = await errorsFor([{ name: 'Size', field: 'employees', op: 'eq', value: '50', kind: 'must' }]);
		expect(textOnNumber.message).toBe('Criterion "Size" (version 1): "employees" is a number column (INTEGER), so eq needs numbers; got "50".');
		const [dateOnNumber] = await errorsFor([{ name: 'Since', field: 'employees', op: 'gte', value: '2022-01-01', kind: 'must' }]);
		expect(dateOnNumber.message).toMatch(/"Since" \(version 1\): "employees" is a number column \(INTEGER\), so gte needs numbers/);
		const [numberOnDate] = await errorsFor([{ name: 'Recent', field: 'created_at', op: 'between', value: [1, 2], kind: 'must' }]);
		expect(numberOnDate.message).toMatch(/"Recent" \(version 1\): "created_at" is a date column \(DATE\), so between needs dates written YYYY-MM-DD; got 1\./);
	});

	it('rejects a version that matches no account, naming the criterion that rules every account out', async () => {
		const errors = await errorsFor([
			{ name: 'Aerospace', field: 'industry', op: 'eq', value: 'Aerospace', kind: 'must' },
			{ name: 'Has revenue', field: 'annual_revenue', op: 'notNull', kind: 'must' }
		]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ path: '/versions/0', version: '1', criterion: 'Aerospace' });
		expect(errors[0].message).toBe(
			'Version 1 matches no account: none of the 4 accounts passes every must criterion without hitting an exclude (must criterion "Aerospace" fails for every account). Check the values against the data; text compares ignoring case and surrounding spaces.'
		);

		const [excluded] = await errorsFor([{ name: 'Has an id', field: 'account_id', op: 'notNull', kind: 'exclude' }]);
		expect(excluded.message).toMatch(/Version 1 matches no account: .*\(exclude criterion "Has an id" hits every account\)/);

		const [jointly] = await errorsFor([
			{ name: 'Software', field: 'industry', op: 'eq', value: 'software', kind: 'must' },
			{ name: 'Huge', field: 'employees', op: 'gte', value: 500, kind: 'must' }
		]);
		expect(jointly.message).toMatch(/each must and exclude criterion alone lets some accounts through, but no account meets all of them together/);
	});

	it('checks every version, and reports per-version counts when all is well', async () => {
		const criteria = [{ name: 'Software', field: 'industry', op: 'in', value: ['SOFTWARE'], kind: 'must' }];
		const result = await validateIcpAgainstData(
			db,
			definition([], [
				{ version: 'old', effectiveFrom: '2021-01-01', criteria },
				{ version: 'new', effectiveFrom: '2022-01-01', criteria: [{ ...criteria[0], value: ['Hardware'] }] }
			])
		);
		expect(result.accounts).toBe(4);
		expect(result.versions).toEqual([
			{ version: 'old', passing: 1, icp: 1 },
			{ version: 'new', passing: 0, icp: 0 }
		]);
		expect(result.errors.map((e) => e.version)).toEqual(['new']);
	});

	it('reports data problems: repeated account ids, a missing table, no account_id', async () => {
		const other = await openNodeEngine();
		try {
			const criteria = [{ name: 'Any', field: 'x', op: 'notNull', kind: 'must' }];
			expect((await validateIcpAgainstData(other, definition(criteria))).errors[0].message).toMatch(/^Cannot read the accounts table to check the ICP against: .*accounts/);
			await other.exec("CREATE TABLE accounts AS SELECT 'a' AS id, 1 AS x");
			expect((await validateIcpAgainstData(other, definition(criteria))).errors[0].message).toBe('The accounts table has no account_id column; it has id, x.');
			await other.exec("CREATE OR REPLACE TABLE accounts AS SELECT * FROM (VALUES ('a', 1), ('a', 2), ('b', 3)) t(account_id, x)");
			expect((await validateIcpAgainstData(other, definition(criteria))).errors[0].message).toBe(
				'accounts.account_id must be unique for the ICP to classify each account once; repeated: "a" (2 rows).'
			);
			await other.exec('CREATE OR REPLACE TABLE accounts (account_id VARCHAR, x INTEGER)');
			expect(await validateIcpAgainstData(other, definition(criteria))).toMatchObject({ errors: [], accounts: 0 });
		} finally {
			await other.close();
		}
	});
});

describe('values reach SQL as plain values', () => {
	it(`matches a category named ${INJECTION} as text, with hostile criterion, version and column names`, async () => {
		const installed = await installIcp(db, {
			name: "Bobby'); DROP TABLE accounts; --",
			versions: [
				{
					version: "v1'; DROP TABLE leads; --",
					effectiveFrom: '2022-01-01',
					criteria: [
						{ name: `It's "${INJECTION}"`, field: 'industry', op: 'in', value: [INJECTION, '東京 café'], kind: 'must' },
						{ name: 'owner\ntype -- comment', field: 'owner "type"', op: 'eq', value: 'GOVERNMENT', kind: 'nice', weight: 1 }
					]
				}
			]
		});
		expect(installed.versions).toEqual([{ version: "v1'; DROP TABLE leads; --", passing: 2, icp: 1 }]);
		const fit = tableRows(await db.query('SELECT account_id, version, score, tier, matched FROM account_fit WHERE tier <> ? ORDER BY account_id', ['out']));
		expect(fit).toEqual([
			{ account_id: 'a2', version: "v1'; DROP TABLE leads; --", score: 100, tier: 'A', matched: [`It's "${INJECTION}"`, 'owner\ntype -- comment'] },
			{ account_id: 'a4', version: "v1'; DROP TABLE leads; --", score: 0, tier: 'C', matched: [`It's "${INJECTION}"`] }
		]);
		expect(tableRows(await db.query('SELECT deal_id, tier FROM deal_fit'))).toEqual([{ deal_id: 'd1', tier: 'A' }]);
		expect(tableRows(await db.query('SELECT count(*) AS n FROM leads'))).toEqual([{ n: 0 }]);
	});

	it('round-trips any text and any finite double through the literal writers', async () => {
		const r = seededRandom(11);
		const texts = ["'", "''", "\\'", '\\', '";--', '\n\r\t', '😀 東京 ñ', "O'Reilly; DROP TABLE deals", '$$', 'E\'\\x41\''];
		const numbers = [0, -0, 1 / 3, 0.1 + 0.2, 1e21, -1e-7, 5e-324, Number.MAX_VALUE, -Number.MIN_VALUE, 123456789.123456789];
		for (let i = 0; i < 50; i++) numbers.push((r.next() - 0.5) * 10 ** r.int(-20, 20));
		const select = [...texts.map((t, i) => `${sqlString(t)} AS t${i}`), ...numbers.map((n, i) => `${sqlDouble(n)} AS n${i}`)].join(', ');
		const [row] = tableRows(await db.query(`SELECT ${select}`));
		expect(texts.map((_, i) => row[`t${i}`])).toEqual(texts);
		expect(numbers.map((_, i) => row[`n${i}`])).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
		expect(() => sqlString('a\u0000b')).toThrow(/NUL/);
		expect(() => sqlDouble(Number.NaN)).toThrow(/finite/);
	});
});
