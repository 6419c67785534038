import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { prepareDatabase } from '../db/prepareDatabase';
import { loadSampleParquet } from '../sample/writeSample';
import { queryCampaigns } from './campaigns';
import { queryCltv } from './cltv';
import { queryOverview } from './overview';
import { setReportFilter } from './reportFilter';
import { queryRetention } from './retention';
import { querySalesCycle } from './salesCycle';
import { queryWinRate } from './winRate';

const truth = JSON.parse(readFileSync('data/sample/truth.json', 'utf8'));
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadSampleParquet(engine, 'data/sample');
	await prepareDatabase(engine, JSON.parse(readFileSync('data/icp.json', 'utf8')));
	await setReportFilter(engine, {});
});
afterAll(() => engine.close());

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
	const start = performance.now();
	const result = await run();
	console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
	return result;
}

describe('KPIs on the bundled sample recover its ground truth (data/sample/truth.json)', () => {
	it('win rate: closed won / lost per group (the truth counts unknown-account deals as non-ICP)', async () => {
		const { period } = await timed('queryWinRate', () => queryWinRate(engine));
		expect([period.icp.won, period.icp.lost]).toEqual([truth.winRate.all.icp.won, truth.winRate.all.icp.lost]);
		expect([period.nonIcp.won + period.unknown.won, period.nonIcp.lost + period.unknown.lost]).toEqual([
			truth.winRate.all.nonIcp.won,
			truth.winRate.all.nonIcp.lost
		]);
		expect(period.advantage.low!).toBeGreaterThan(0);
	});

	it('sales cycle: median won days and n', async () => {
		const { period, timeToClose } = await timed('querySalesCycle', () => querySalesCycle(engine));
		expect([period.icp.won.median, period.icp.won.n]).toEqual([truth.salesCycle.won.icp.medianDays, truth.salesCycle.won.icp.n]);
		expect(period.nonIcp.won.n + period.unknown.won.n).toBe(truth.salesCycle.won.nonIcp.n);
		expect(period.advantage.high!).toBeLessThan(0);
		expect(timeToClose.icp.medianTime!).toBeLessThan(timeToClose.nonIcp.medianTime!);
	});

	it('CLTV inputs: monthly churn counts and ARPA per customer-month', async () => {
		const { period, survival } = await timed('queryCltv', () => queryCltv(engine));
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'nonIcp']] as const) {
			expect([period[key].churn.x, period[key].churn.n]).toEqual([truth.churn[group].churned, truth.churn[group].atRisk]);
			expect(period[key].payingMonths).toBe(truth.arpa[group].customerMonths);
			expect(Math.abs(period[key].arpa! / truth.arpa[group].mean - 1)).toBeLessThan(1e-9);
		}
		expect(period.advantage.churn.high!).toBeLessThan(0);
		expect(survival.icp.cltv.value!).toBeGreaterThan(survival.nonIcp.cltv.value!);
	});

	it('retention: ICP customers survive longer', async () => {
		const { period, survival } = await timed('queryRetention', () => queryRetention(engine));
		expect(period.advantage.logoRetention.low!).toBeGreaterThan(0);
		expect(period.icp.grr!).toBeLessThanOrEqual(1);
		expect(survival.logRank.p!).toBeLessThan(1e-6);
	});

	it('campaigns: lead funnel per group and ICP share per campaign', async () => {
		const { period, campaigns } = await timed('queryCampaigns', () => queryCampaigns(engine));
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'nonIcp'], ['noAccount', 'noAccount']] as const) {
			const t = truth.leads[group];
			expect([period[key].leads, period[key].mql, period[key].sql, period[key].deals]).toEqual([t.leads, t.mql, t.sql, t.converted]);
		}
		for (const t of truth.leads.byCampaign) {
			const c = campaigns.find((x) => x.campaign === t.campaign && x.channel === t.channel)!;
			expect([c.icp.leads, c.nonIcp.leads, c.noAccount.leads]).toEqual([t.icp, t.nonIcp, t.noAccount]);
		}
	});

	it('overview runs for all data and for a filtered half-year (timings logged)', async () => {
		const all = await timed('queryOverview', () => queryOverview(engine));
		expect(all.winRate.advantage.diff!).toBeGreaterThan(0);
		await setReportFilter(engine, { fromMonth: '2025-07', toMonth: '2025-12', segment: 'Mid-market', owner: null });
		const half = await timed('queryOverview filtered', () => queryOverview(engine));
		expect(half.previousPeriod).toEqual({ from: '2025-01', to: '2025-06', months: 6 });
		expect(half.winRate.icp.n).toBeGreaterThan(0);
		await setReportFilter(engine, {});
	});
});
