import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import { installIcp, setIcpClassifyBy } from './installIcp';
import { IcpDefinitionError } from './types';

const defaultIcp: unknown = JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8'));

// Hand-scored under data/icp.json (v1 from 2022-01-01, v2 from 2023-01-01):
//   acme    v1 A (Salesforce)            v2 A (CRM 50 + Series C 30 + $10M 20 = 100)
//   tiny    v1 C (no Salesforce, score 0) v2 out (30 employees < 50)
//   gov     v1 out (Healthcare IT)        v2 out (exclude: ownership "government ")
//   health  v1 out (Healthcare IT)        v2 A (CRM 50 + $6M 20 = 70)
//   mid     v1 C (no tech stack)          v2 B (Series B 30 + $6M 20 = 50)
const ACCOUNTS = `
INSERT INTO accounts (account_id, name, industry, employees, annual_revenue, country, region, funding_stage, tech_stack, created_at, ownership) VALUES
	('acme', 'Acme', 'Software', 500, 10e6, 'US', 'North America', 'Series C', [' salesforce '], DATE '2020-01-01', 'Private'),
	('tiny', 'Tiny', 'SOFTWARE ', 30, 1e6, 'US', 'north america', 'Seed', [], DATE '2020-01-01', NULL),
	('gov', 'Gov', 'Healthcare IT', 200, 1e6, 'DE', 'Western Europe', 'Series B', ['HubSpot'], DATE '2020-01-01', 'government '),
	('health', 'Health', 'healthcare it', 300, 6e6, 'FR', 'western europe', 'Series A', ['HubSpot'], DATE '2020-01-01', NULL),
	('mid', 'Mid', 'Fintech', 100, 6e6, 'CA', 'North America', 'Series B', NULL, DATE '2020-01-01', 'Private');
INSERT INTO deals (deal_id, account_id, created_at, status) VALUES
	('d1', 'acme', DATE '2021-06-01', 'won'),
	('d2', 'tiny', DATE '2022-12-31', 'lost'),
	('d3', 'tiny', DATE '2023-01-01', 'open'),
	('d4', 'health', DATE '2022-06-01', 'won'),
	('d5', 'health', DATE '2023-03-01', 'won'),
	('d6', NULL, DATE '2023-03-01', 'lost'),
	('d7', 'ghost', DATE '2023-03-01', 'lost');
INSERT INTO leads (lead_id, account_id, created_at) VALUES
	('l1', 'tiny', DATE '2022-05-01'),
	('l2', 'tiny', DATE '2023-05-01'),
	('l3', NULL, DATE '2023-05-01'),
	('l4', 'ghost', DATE '2023-05-01');
INSERT INTO revenue (account_id, month, mrr) VALUES
	('health', DATE '2022-11-01', 0), ('health', DATE '2022-12-01', 100), ('health', DATE '2023-02-01', 100),
	('mid', DATE '2023-02-01', 50), ('mid', DATE '2023-03-01', 60),
	('ghost', DATE '2023-02-01', 10);
`;

let db: Engine;

beforeAll(async () => {
	db = await openNodeEngine();
	await db.exec(canonicalTablesSql);
	await db.exec('ALTER TABLE accounts ADD COLUMN ownership VARCHAR');
	await db.exec(ACCOUNTS);
});
afterAll(() => db.close());

const rows = async (sql: string) => tableRows(await db.query(sql));

describe('installIcp with data/icp.json', () => {
	it('scores every account under every version as worked out by hand', async () => {
		const installed = await installIcp(db, defaultIcp);
		expect(installed.versions).toEqual([
			{ version: '1', passing: 3, icp: 1 },
			{ version: '2', passing: 3, icp: 3 }
		]);
		const fit = await rows('SELECT account_id, version, score, tier, is_icp, failed FROM account_fit ORDER BY account_id, version');
		expect(fit).toEqual([
			{ account_id: 'acme', version: '1', score: 100, tier: 'A', is_icp: true, failed: [] },
			{ account_id: 'acme', version: '2', score: 100, tier: 'A', is_icp: true, failed: [] },
			{ account_id: 'gov', version: '1', score: 0, tier: 'out', is_icp: false, failed: ['Software or fintech', 'Runs Salesforce'] },
			{ account_id: 'gov', version: '2', score: 50 + 30, tier: 'out', is_icp: false, failed: ['Revenue of $5M or more', 'Public sector or non-profit'] },
			{ account_id: 'health', version: '1', score: 0, tier: 'out', is_icp: false, failed: ['Software or fintech', 'Runs Salesforce'] },
			{ account_id: 'health', version: '2', score: 70, tier: 'A', is_icp: true, failed: ['Series B or later'] },
			{ account_id: 'mid', version: '1', score: 0, tier: 'C', is_icp: false, failed: ['Runs Salesforce'] },
			{ account_id: 'mid', version: '2', score: 50, tier: 'B', is_icp: true, failed: ['Uses a CRM we integrate'] },
			{ account_id: 'tiny', version: '1', score: 0, tier: 'C', is_icp: false, failed: ['Runs Salesforce'] },
			{ account_id: 'tiny', version: '2', score: 0, tier: 'out', is_icp: false, failed: ['50-1,000 employees', 'Uses a CRM we integrate', 'Series B or later', 'Revenue of $5M or more'] }
		]);
		const [acme] = await rows("SELECT matched FROM account_fit WHERE account_id = 'acme' AND version = '2'");
		expect(acme.matched).toEqual([
			'Target industries',
			'50-1,000 employees',
			'North America or Western Europe',
			'Uses a CRM we integrate',
			'Series B or later',
			'Revenue of $5M or more',
			'Public sector or non-profit'
		]);
	});

	it('classifies each deal by the version in force at its creation, the first version before that', async () => {
		await installIcp(db, defaultIcp);
		expect(await rows('SELECT deal_id, account_id, version, tier, is_icp FROM deal_fit ORDER BY deal_id')).toEqual([
			{ deal_id: 'd1', account_id: 'acme', version: '1', tier: 'A', is_icp: true },
			{ deal_id: 'd2', account_id: 'tiny', version: '1', tier: 'C', is_icp: false },
			{ deal_id: 'd3', account_id: 'tiny', version: '2', tier: 'out', is_icp: false },
			{ deal_id: 'd4', account_id: 'health', version: '1', tier: 'out', is_icp: false },
			{ deal_id: 'd5', account_id: 'health', version: '2', tier: 'A', is_icp: true },
			{ deal_id: 'd6', account_id: null, version: '2', tier: 'unknown', is_icp: false },
			{ deal_id: 'd7', account_id: 'ghost', version: '2', tier: 'unknown', is_icp: false }
		]);
		const deals = await rows('SELECT deal_id, status, icp_version, tier, account_known FROM deals_classified ORDER BY deal_id');
		expect(deals.map((d) => [d.deal_id, d.status, d.icp_version, d.tier, d.account_known])).toEqual([
			['d1', 'won', '1', 'A', true],
			['d2', 'lost', '1', 'C', true],
			['d3', 'open', '2', 'out', true],
			['d4', 'won', '1', 'out', true],
			['d5', 'won', '2', 'A', true],
			['d6', 'lost', '2', 'unknown', false],
			['d7', 'lost', '2', 'unknown', false]
		]);
	});

	it('classifies all history by one version when asked, as data rather than a recompile', async () => {
		await installIcp(db, defaultIcp, { classifyBy: '2' });
		const byTwo = await rows('SELECT deal_id, version, tier FROM deal_fit ORDER BY deal_id');
		expect(byTwo.map((d) => `${d.deal_id}:${d.version}:${d.tier}`)).toEqual(['d1:2:A', 'd2:2:out', 'd3:2:out', 'd4:2:A', 'd5:2:A', 'd6:2:unknown', 'd7:2:unknown']);

		await setIcpClassifyBy(db, '1');
		const byOne = await rows('SELECT deal_id, version, tier FROM deal_fit ORDER BY deal_id');
		expect(byOne.map((d) => `${d.deal_id}:${d.version}:${d.tier}`)).toEqual(['d1:1:A', 'd2:1:C', 'd3:1:C', 'd4:1:out', 'd5:1:out', 'd6:1:unknown', 'd7:1:unknown']);
		expect(await rows("SELECT icp_version, tier FROM accounts_classified WHERE account_id = 'mid'")).toEqual([{ icp_version: '1', tier: 'C' }]);

		await setIcpClassifyBy(db, null);
		const inForce = await rows('SELECT deal_id, version FROM deal_fit ORDER BY deal_id');
		expect(inForce.map((d) => d.version)).toEqual(['1', '1', '2', '1', '2', '2', '2']);
		expect(await rows("SELECT icp_version, tier FROM accounts_classified WHERE account_id = 'mid'")).toEqual([{ icp_version: '2', tier: 'B' }]);

		await expect(setIcpClassifyBy(db, '3')).rejects.toThrow(/"3" is not a version of the installed ICP; its versions are "1", "2"/);
		await expect(installIcp(db, defaultIcp, { classifyBy: 'v2' })).rejects.toThrow(/classifyBy "v2" is not a version/);
	});

	it('classifies leads by their date and revenue by the customer start month', async () => {
		await installIcp(db, defaultIcp);
		expect(await rows('SELECT lead_id, icp_version, tier, is_icp, account_known FROM leads_classified ORDER BY lead_id')).toEqual([
			{ lead_id: 'l1', icp_version: '1', tier: 'C', is_icp: false, account_known: true },
			{ lead_id: 'l2', icp_version: '2', tier: 'out', is_icp: false, account_known: true },
			{ lead_id: 'l3', icp_version: '2', tier: 'no account', is_icp: false, account_known: false },
			{ lead_id: 'l4', icp_version: '2', tier: 'no account', is_icp: false, account_known: false }
		]);
		// health's first paying month is 2022-12 (v1: out) even though later months fall under v2.
		expect(await rows('SELECT account_id, month::VARCHAR AS month, mrr, icp_version, tier, is_icp FROM revenue_classified ORDER BY account_id, month')).toEqual([
			{ account_id: 'ghost', month: '2023-02-01', mrr: 10, icp_version: '2', tier: 'unknown', is_icp: false },
			{ account_id: 'health', month: '2022-11-01', mrr: 0, icp_version: '1', tier: 'out', is_icp: false },
			{ account_id: 'health', month: '2022-12-01', mrr: 100, icp_version: '1', tier: 'out', is_icp: false },
			{ account_id: 'health', month: '2023-02-01', mrr: 100, icp_version: '1', tier: 'out', is_icp: false },
			{ account_id: 'mid', month: '2023-02-01', mrr: 50, icp_version: '2', tier: 'B', is_icp: true },
			{ account_id: 'mid', month: '2023-03-01', mrr: 60, icp_version: '2', tier: 'B', is_icp: true }
		]);
	});

	it('adds the fit to accounts under the latest version, keeping every account column', async () => {
		await installIcp(db, defaultIcp);
		const [acme] = await rows("SELECT * FROM accounts_classified WHERE account_id = 'acme'");
		expect(acme).toMatchObject({ name: 'Acme', ownership: 'Private', icp_version: '2', score: 100, tier: 'A', is_icp: true });
		expect(await rows('SELECT count(*) AS n FROM accounts_classified')).toEqual([{ n: 5 }]);
	});

	it('rejects a broken definition as a whole and leaves the installed one working', async () => {
		await installIcp(db, defaultIcp);
		const broken = structuredClone(defaultIcp) as { versions: { criteria: { field: string }[] }[] };
		broken.versions[1].criteria[0].field = 'indstry';
		const error = await installIcp(db, broken).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(IcpDefinitionError);
		expect((error as IcpDefinitionError).errors).toEqual([
			expect.objectContaining({ criterion: 'Target industries', version: '2', path: '/versions/1/criteria/0/field' })
		]);
		expect((error as Error).message).toMatch(/Criterion "Target industries" \(version 2\): unknown field "indstry"\. Did you mean "industry"\?/);
		expect(await rows("SELECT tier FROM deal_fit WHERE deal_id = 'd5'")).toEqual([{ tier: 'A' }]);
	});
});
