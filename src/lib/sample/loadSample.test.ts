import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows, type Row } from '../db/rows';
import { generateSample } from './generateSample';
import { loadSampleIntoEngine } from './loadSample';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import sampleIcpV2 from './sample_icp_v2.sql?raw';
import type { SampleData, SampleTruth } from './types';
import { loadSampleParquet, writeSample } from './writeSample';


/** Deals and leads with the oracle's ICP group; deals whose account is unknown are non-ICP. */
const GROUPED_VIEWS = `
CREATE OR REPLACE VIEW t_deals AS
SELECT d.*, coalesce(i.is_icp, false) AS is_icp, a.account_id IS NULL AS unknown_account
FROM deals d LEFT JOIN accounts a ON a.account_id = d.account_id LEFT JOIN sample_icp_v2 i ON i.account_id = d.account_id;
CREATE OR REPLACE VIEW t_leads AS
SELECT l.*, CASE WHEN l.account_id IS NULL THEN 'noAccount' WHEN i.is_icp THEN 'icp' ELSE 'nonIcp' END AS lead_group
FROM leads l LEFT JOIN sample_icp_v2 i ON i.account_id = l.account_id;`;

let engine: Engine;
let canonicalTypes: Record<string, string[][]>;
let data: SampleData;
let truth: SampleTruth;

const rows = async <T extends Row>(sql: string) => tableRows<T>(await engine.query(sql));
const groupOf = (isIcp: boolean) => (isIcp ? 'icp' : 'nonIcp');

async function columnTypes(db: Engine): Promise<Record<string, string[][]>> {
	const types: Record<string, string[][]> = {};
	for (const table of ['accounts', 'deals', 'revenue', 'leads']) {
		const described = tableRows<{ column_name: string; column_type: string }>(await db.query(`DESCRIBE ${table}`));
		types[table] = described.map((r) => [r.column_name, r.column_type]);
	}
	return types;
}

beforeAll(async () => {
	const canonical = await openNodeEngine();
	await canonical.exec(canonicalTablesSql);
	canonicalTypes = await columnTypes(canonical);
	canonicalTypes.accounts.push(['ownership', 'VARCHAR']);
	await canonical.close();
	engine = await openNodeEngine();
	data = generateSample();
	truth = data.truth;
	await loadSampleIntoEngine(engine, data);
	await engine.exec(sampleIcpV2);
	await engine.exec(GROUPED_VIEWS);
});

afterAll(async () => {
	await engine?.close();
});

describe('loadSampleIntoEngine', () => {
	it('creates the canonical tables with the column types of canonical_tables.sql (plus the extra ownership attribute)', async () => {
		expect(await columnTypes(engine)).toEqual(canonicalTypes);
	});

	it('holds exactly the rows the truth counts, per table', async () => {
		const [counts] = await rows(
			'SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM revenue) AS revenue, (SELECT count(*) FROM leads) AS leads'
		);
		expect(counts).toEqual(truth.counts);
	});

	it('classifies the accounts into the same ICP tiers as the SQL oracle', async () => {
		const tiers = await rows<{ tier: string; n: number }>('SELECT tier, count(*) AS n FROM sample_icp_v2 GROUP BY tier');
		expect(Object.fromEntries(tiers.map((r) => [r.tier, r.n]))).toEqual(truth.icp.tiers);
	});

	it('has the won and lost deals per ICP group, overall, baseline and erosion, that the truth reports', async () => {
		const cells = await rows<{ is_icp: boolean; period: string; won: number; lost: number }>(`
			SELECT is_icp, CASE WHEN closed_at < DATE '${truth.erosion.startMonth}-01' THEN 'baseline' ELSE 'erosion' END AS period,
				count(*) FILTER (WHERE status = 'won') AS won, count(*) FILTER (WHERE status = 'lost') AS lost
			FROM t_deals WHERE status <> 'open' GROUP BY ALL`);
		for (const period of ['baseline', 'erosion'] as const) {
			for (const isIcp of [true, false]) {
				const cell = cells.find((c) => c.period === period && c.is_icp === isIcp);
				const expected = truth.winRate[period][groupOf(isIcp)];
				expect({ won: cell?.won, lost: cell?.lost }).toEqual({ won: expected.won, lost: expected.lost });
			}
		}
		const all = await rows<{ is_icp: boolean; won: number; lost: number }>(
			"SELECT is_icp, count(*) FILTER (WHERE status = 'won') AS won, count(*) FILTER (WHERE status = 'lost') AS lost FROM t_deals GROUP BY ALL"
		);
		for (const r of all) expect({ won: r.won, lost: r.lost }).toEqual({ won: truth.winRate.all[groupOf(r.is_icp)].won, lost: truth.winRate.all[groupOf(r.is_icp)].lost });
	});

	it('has the won and lost deals per close month that the truth reports', async () => {
		const months = await rows<{ month: string; is_icp: boolean; won: number; lost: number }>(`
			SELECT strftime(closed_at, '%Y-%m') AS month, is_icp,
				count(*) FILTER (WHERE status = 'won') AS won, count(*) FILTER (WHERE status = 'lost') AS lost
			FROM t_deals WHERE status <> 'open' GROUP BY ALL`);
		const fromSql = new Map(months.map((m) => [`${m.month} ${groupOf(m.is_icp)}`, { won: m.won, lost: m.lost }]));
		for (const m of truth.winRate.byMonth) {
			expect(fromSql.get(`${m.month} icp`) ?? { won: 0, lost: 0 }).toEqual(m.icp);
			expect(fromSql.get(`${m.month} nonIcp`) ?? { won: 0, lost: 0 }).toEqual(m.nonIcp);
		}
	});

	it('has the open deals, unknown accounts and missing amounts that the truth reports', async () => {
		const [r] = await rows(`
			SELECT count(*) FILTER (WHERE status = 'open' AND closed_at IS NULL) AS open,
				count(*) FILTER (WHERE status = 'open') AS open_any,
				count(*) FILTER (WHERE unknown_account AND account_id IS NOT NULL) AS unknown_account,
				count(*) FILTER (WHERE amount IS NULL) AS null_amount,
				count(*) FILTER (WHERE unknown_account AND is_icp) AS unknown_icp
			FROM t_deals`);
		expect(r).toEqual({ open: truth.deals.open, open_any: truth.deals.open, unknown_account: truth.deals.unknownAccount, null_amount: truth.deals.nullAmount, unknown_icp: 0 });
		expect(truth.deals.open).toBeGreaterThan(0);
		expect(truth.deals.unknownAccount).toBeGreaterThan(0);
	});

	it('gives the won-deal cycle medians and the deal mix per created month of the truth', async () => {
		const medians = await rows<{ is_icp: boolean; median_days: number; n: number }>(
			"SELECT is_icp, median(closed_at - created_at) AS median_days, count(*) AS n FROM t_deals WHERE status = 'won' GROUP BY ALL"
		);
		for (const m of medians) expect({ medianDays: m.median_days, n: m.n }).toEqual(truth.salesCycle.won[groupOf(m.is_icp)]);
		const mix = await rows<{ month: string; icp: number; total: number }>(
			"SELECT strftime(created_at, '%Y-%m') AS month, count(*) FILTER (WHERE is_icp) AS icp, count(*) AS total FROM t_deals GROUP BY ALL ORDER BY month"
		);
		expect(mix).toEqual(truth.mix.deals.map(({ month, icp, total }) => ({ month, icp, total })));
	});

	it('gives the churn counts and ARPA of the truth', async () => {
		const churn = await rows<{ is_icp: boolean; at_risk: number; churned: number; mean_mrr: number; months: number }>(`
			SELECT coalesce(i.is_icp, false) AS is_icp,
				count(*) FILTER (WHERE r.month < DATE '2025-12-01') AS at_risk,
				count(*) FILTER (WHERE r.month < DATE '2025-12-01' AND nxt.account_id IS NULL) AS churned,
				avg(r.mrr) AS mean_mrr, count(*) AS months
			FROM revenue r
			LEFT JOIN revenue nxt ON nxt.account_id = r.account_id AND nxt.month = CAST(r.month + INTERVAL 1 MONTH AS DATE) AND nxt.mrr > 0
			LEFT JOIN sample_icp_v2 i ON i.account_id = r.account_id
			WHERE r.mrr > 0 GROUP BY ALL`);
		for (const c of churn) {
			const group = groupOf(c.is_icp);
			expect({ atRisk: c.at_risk, churned: c.churned }).toEqual({ atRisk: truth.churn[group].atRisk, churned: truth.churn[group].churned });
			expect(c.months).toBe(truth.arpa[group].customerMonths);
			expect(c.mean_mrr).toBeCloseTo(truth.arpa[group].mean ?? NaN, 6);
		}
	});

	it('gives the lead funnel counts per ICP group and the lead mix of the truth', async () => {
		const groups = await rows<{ lead_group: 'icp' | 'nonIcp' | 'noAccount'; leads: number; mql: number; sql: number; converted: number }>(
			'SELECT lead_group, count(*) AS leads, count(mql_at) AS mql, count(sql_at) AS sql, count(deal_id) AS converted FROM t_leads GROUP BY ALL'
		);
		expect(groups).toHaveLength(3);
		for (const g of groups) {
			const { leads, mql, sql, converted } = truth.leads[g.lead_group];
			expect({ leads: g.leads, mql: g.mql, sql: g.sql, converted: g.converted }).toEqual({ leads, mql, sql, converted });
		}
		const mix = await rows<{ month: string; icp: number; total: number }>(
			"SELECT strftime(created_at, '%Y-%m') AS month, count(*) FILTER (WHERE lead_group = 'icp') AS icp, count(*) AS total FROM t_leads WHERE lead_group <> 'noAccount' GROUP BY ALL ORDER BY month"
		);
		expect(mix).toEqual(truth.mix.leads.map(({ month, icp, total }) => ({ month, icp, total })));
	});

	it('links every converted lead to an existing deal of the same account that carries its campaign', async () => {
		const [r] = await rows(`
			SELECT count(*) AS converted,
				count(d.deal_id) AS found,
				count(*) FILTER (WHERE l.account_id IS NOT NULL AND l.account_id <> d.account_id) AS other_account,
				count(*) FILTER (WHERE d.campaign IS DISTINCT FROM l.campaign) AS other_campaign,
				count(*) FILTER (WHERE NOT (l.created_at <= l.mql_at AND l.mql_at <= l.sql_at AND l.sql_at <= d.created_at)) AS out_of_order
			FROM leads l LEFT JOIN deals d ON d.deal_id = l.deal_id WHERE l.deal_id IS NOT NULL`);
		expect(r).toEqual({ converted: truth.deals.fromLeads, found: truth.deals.fromLeads, other_account: 0, other_campaign: 0, out_of_order: 0 });
	});
});

describe('Parquet files', () => {
	const fingerprint = () =>
		rows(`
			SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT sum(employees) FROM accounts) AS employees,
				(SELECT sum(len(tech_stack)) FROM accounts) AS tools, (SELECT count(*) FROM accounts WHERE tech_stack IS NULL) AS no_stack,
				(SELECT max(created_at)::VARCHAR FROM accounts) AS last_account,
				(SELECT sum(amount) FROM deals) AS amount, (SELECT count(closed_at) FROM deals) AS closed,
				(SELECT min(closed_at)::VARCHAR FROM deals) AS first_close, (SELECT sum(mrr) FROM revenue) AS mrr,
				(SELECT count(sql_at) FROM leads) AS sqls, (SELECT count(DISTINCT campaign) FROM leads) AS campaigns`);

	it('round-trip: writeSample then loadSampleParquet gives the same tables and types as loading from memory', async () => {
		const fromMemory = await fingerprint();
		const dir = await mkdtemp(join(tmpdir(), 'icp-sample-'));
		try {
			await writeSample(dir, data);
			await loadSampleParquet(engine, dir);
			expect(await fingerprint()).toEqual(fromMemory);
			expect(await columnTypes(engine)).toEqual(canonicalTypes);
			expect(JSON.parse(await readFile(join(dir, 'truth.json'), 'utf8'))).toEqual(truth);
		} finally {
			await rm(dir, { recursive: true, force: true });
			await loadSampleIntoEngine(engine, data);
		}
	});

	it('data/sample holds the default generation: its truth.json equals generateSample() and its Parquet the same rows', async () => {
		const committed = JSON.parse(await readFile('data/sample/truth.json', 'utf8'));
		expect(committed).toEqual(truth);
		const fromMemory = await fingerprint();
		try {
			await loadSampleParquet(engine, 'data/sample');
			expect(await fingerprint()).toEqual(fromMemory);
		} finally {
			await loadSampleIntoEngine(engine, data);
		}
	});
});
