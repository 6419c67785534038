import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows, type Row } from '../db/rows';
import { normalizeText } from '../icp/evaluateIcpReference';
import { sqlString } from '../icp/sqlLiterals';
import icpNormSql from '../sql/icp/icp_norm.sql?raw';
import icpNumSql from '../sql/icp/icp_num.sql?raw';
import { quantile } from '../stats/quantile';
import { seededRandom, type Random } from '../stats/random';
import { profileAccounts, type AccountsProfile, type AttributeProfile } from './attributeProfile';

const ACCOUNTS = 400;
const ODD = 'Odd "Col"; DROP TABLE accounts; --';
const INDUSTRIES = ['Software', 'Fintech', 'Healthcare IT', "O'Reilly Media", 'Café'];
const TECH = ['Salesforce', 'HubSpot', 'Jira', 'Zoho CRM'];

function variant(r: Random, text: string): string {
	return r.pick(['', ' ', '\u00a0']) + r.pick([text, text.toUpperCase(), text.toLowerCase(), text, text]) + r.pick(['', ' ', '\t']);
}

/** SQL literal rows with the awkward cases: case and space variants, blanks, NaN, duplicates within a list. */
function accountRows(r: Random): string[] {
	const rows: string[] = [];
	const text = (v: string | null) => (v === null ? 'NULL' : sqlString(v));
	for (let i = 0; i < ACCOUNTS; i++) {
		const industry = r.chance(0.1) ? null : r.chance(0.05) ? '  ' : variant(r, r.pick(INDUSTRIES));
		const employees = r.chance(0.1) ? 'NULL' : String(r.int(1, 5000));
		const revenue = r.chance(0.1) ? 'NULL' : r.chance(0.1) ? "'NaN'::DOUBLE" : String(Math.round(r.logNormal(5e6, 1.2)));
		const stack = r.chance(0.1)
			? 'NULL'
			: `[${Array.from({ length: r.int(0, 3) }, () => (r.chance(0.05) ? 'NULL' : text(variant(r, r.pick(TECH))))).join(', ')}]::VARCHAR[]`;
		const created = r.chance(0.1) ? 'NULL' : `DATE '20${r.int(15, 24)}-0${r.int(1, 9)}-1${r.int(0, 9)}'`;
		const odd = r.chance(0.2) ? 'NULL' : text(r.pick(['a"b', "it's", 'x;y']));
		const isPublic = r.chance(0.2) ? 'NULL' : String(r.chance(0.3));
		const code = text(`c${String(Math.min(r.int(0, 60), r.int(0, 60))).padStart(2, '0')}`);
		rows.push(`(${text(`acc-${i}`)}, ${industry === null ? 'NULL' : text(industry)}, ${employees}, ${revenue}, ${stack}, ${created}, ${odd}, ${isPublic}, ${code}, {'lat': ${i}.5})`);
	}
	return rows;
}

let db: Engine;
let profile: AccountsProfile;
let rows: Row[];

beforeAll(async () => {
	db = await openNodeEngine();
	await db.exec(icpNormSql);
	await db.exec(icpNumSql);
	await db.exec(`CREATE TABLE accounts (account_id VARCHAR, industry VARCHAR, employees INTEGER, annual_revenue DOUBLE, tech_stack VARCHAR[],
		created_at DATE, "${ODD.replaceAll('"', '""')}" VARCHAR, is_public BOOLEAN, code VARCHAR, location STRUCT(lat DOUBLE))`);
	await db.exec(`INSERT INTO accounts VALUES ${accountRows(seededRandom(11)).join(',\n')}`);
	rows = tableRows(await db.query('SELECT * FROM accounts'));
	profile = await profileAccounts(db);
});
afterAll(() => db.close());

const attribute = (name: string): AttributeProfile => {
	const found = profile.attributes.find((a) => a.column.name === name);
	if (!found) throw new Error(`no profile of ${name}`);
	return found;
};

/** The values profile computed in plain TypeScript from the rows. */
function referenceValues(field: string) {
	const byNorm = new Map<string, { accounts: Set<string>; spellings: Map<string, number> }>();
	const present = new Set<string>();
	for (const row of rows) {
		const raw = row[field];
		const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== null && normalizeText(String(v)) !== '').map(String);
		for (const value of values) {
			const norm = normalizeText(value);
			const entry = byNorm.get(norm) ?? { accounts: new Set(), spellings: new Map() };
			entry.accounts.add(row.account_id as string);
			entry.spellings.set(value, (entry.spellings.get(value) ?? 0) + 1);
			byNorm.set(norm, entry);
			present.add(row.account_id as string);
		}
	}
	const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
	const values = [...byNorm.values()]
		.map((e) => ({ value: [...e.spellings].sort(byCount)[0][0], accounts: e.accounts.size }))
		.sort((a, b) => b.accounts - a.accounts || (a.value < b.value ? -1 : 1));
	return { present: present.size, distinct: byNorm.size, values: values.slice(0, 30) };
}

describe('profileAccounts', () => {
	it('lists every column but account_id with the kind criteria see it as', () => {
		expect(profile.accounts).toBe(ACCOUNTS);
		expect(profile.attributes.map((a) => [a.column.name, a.kind])).toEqual([
			['industry', 'values'],
			['employees', 'numbers'],
			['annual_revenue', 'numbers'],
			['tech_stack', 'values'],
			['created_at', 'dates'],
			[ODD, 'values'],
			['is_public', 'values'],
			['code', 'values'],
			['location', 'none']
		]);
	});

	it('groups text values as criteria compare them, keeps the commonest spelling, and leaves out blanks', () => {
		const industry = attribute('industry');
		expect(industry).toMatchObject(referenceValues('industry'));
		if (industry.kind !== 'values') throw new Error('industry is text');
		expect(industry.distinct).toBe(INDUSTRIES.length);
		expect(industry.values.map((v) => normalizeText(v.value)).sort()).toEqual(INDUSTRIES.map(normalizeText).sort());
	});

	it('counts an account once per list value, even when its list repeats the value in another spelling', () => {
		expect(attribute('tech_stack')).toMatchObject(referenceValues('tech_stack'));
		const doubled = rows.filter((r) => Array.isArray(r.tech_stack) && new Set(r.tech_stack.filter((t) => t !== null).map((t) => normalizeText(String(t)))).size < r.tech_stack.filter((t) => t !== null).length);
		expect(doubled.length).toBeGreaterThan(0);
	});

	it('keeps the 30 most common values of a many-valued column and counts all of them', () => {
		const code = attribute('code');
		expect(code).toMatchObject(referenceValues('code'));
		if (code.kind !== 'values') throw new Error('code is text');
		expect(code.values).toHaveLength(30);
		expect(code.distinct).toBeGreaterThan(30);
	});

	it('reads an oddly named column safely, and true/false as text', () => {
		expect(attribute(ODD)).toMatchObject(referenceValues(ODD));
		expect(attribute('is_public')).toMatchObject(referenceValues('is_public'));
	});

	it('gives numbers their quantiles by linear interpolation, NaN counted as missing', () => {
		for (const field of ['employees', 'annual_revenue']) {
			const numbers = rows.map((r) => r[field]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
			const got = attribute(field);
			if (got.kind !== 'numbers') throw new Error(`${field} is numeric`);
			expect(got.present).toBe(numbers.length);
			expect(got.distinct).toBe(new Set(numbers).size);
			expect([got.min, got.p25, got.median, got.p75, got.max]).toEqual([0, 0.25, 0.5, 0.75, 1].map((q) => expect.closeTo(quantile(numbers, q), 6)));
		}
		expect(rows.some((r) => Number.isNaN(r.annual_revenue))).toBe(true);
	});

	it('gives dates their first, middle and last day', () => {
		const days = rows.map((r) => r.created_at).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
		const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
		expect(attribute('created_at')).toEqual({
			kind: 'dates',
			column: { name: 'created_at', type: 'DATE', kind: 'date' },
			present: days.length,
			min: iso(days[0]),
			median: iso(days[Math.floor((days.length - 1) / 2)]),
			max: iso(days.at(-1)!)
		});
	});

	it('counts presence for a column criteria can only test for presence', () => {
		expect(attribute('location')).toMatchObject({ kind: 'none', present: ACCOUNTS });
	});

	it('describes an empty accounts table without failing', async () => {
		await db.exec('CREATE TABLE kept AS SELECT * FROM accounts; DELETE FROM accounts');
		try {
			const empty = await profileAccounts(db);
			expect(empty.accounts).toBe(0);
			expect(empty.attributes.find((a) => a.column.name === 'industry')).toMatchObject({ present: 0, distinct: 0, values: [] });
			expect(empty.attributes.find((a) => a.column.name === 'employees')).toMatchObject({ present: 0, min: null, median: null, max: null });
			expect(empty.attributes.find((a) => a.column.name === 'created_at')).toMatchObject({ present: 0, min: null, max: null });
		} finally {
			await db.exec('INSERT INTO accounts SELECT * FROM kept; DROP TABLE kept');
		}
	});
});
