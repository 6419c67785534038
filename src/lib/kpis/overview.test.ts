import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { queryCampaigns, queryFunnelSummary } from './campaigns';
import { queryCltv } from './cltv';
import { installKpiViews } from './installKpiViews';
import { queryOverview, type OverviewCard } from './overview';
import { setReportFilter } from './reportFilter';
import { queryRetention } from './retention';
import { querySalesCycle, querySalesCycleSummary } from './salesCycle';
import { loadTestData, randomTestData } from './testData';
import { queryWinRate, queryWinRateSummary } from './winRate';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, randomTestData(3, { accounts: 80, deals: 500, leads: 600 }));
	await installKpiViews(engine);
});
afterAll(() => engine.close());

function expectDeltas(card: OverviewCard) {
	const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
	expect(card.delta.icp).toBe(minus(card.icp.value, card.previous.icp));
	expect(card.delta.nonIcp).toBe(minus(card.nonIcp.value, card.previous.nonIcp));
	expect(card.previous.advantage).toBe(minus(card.previous.icp, card.previous.nonIcp));
	expect(card.sparkline).toHaveLength(12);
}

describe('overview', () => {
	it('repeats each family headline for the period and compares it with the previous year', async () => {
		await setReportFilter(engine, { fromMonth: '2024-01', toMonth: '2024-12' });
		const overview = await queryOverview(engine);
		expect(overview.period).toEqual({ from: '2024-01', to: '2024-12', months: 12 });
		expect(overview.previousPeriod).toEqual({ from: '2023-01', to: '2023-12', months: 12 });

		const win = await queryWinRate(engine);
		const winPrevious = (await queryWinRateSummary(engine)).periods.previous;
		expect(overview.winRate.icp).toEqual({ value: win.period.icp.rate, low: win.period.icp.low, high: win.period.icp.high, n: win.period.icp.n });
		expect(overview.winRate.advantage).toEqual(win.period.advantage);
		expect(overview.winRate.previous.icp).toBe(winPrevious.icp.rate);
		expect(overview.winRate.sparkline.map((p) => p.icp)).toEqual(win.byMonth.map((m) => m.icp.rate));

		const cycle = await querySalesCycle(engine);
		expect(overview.salesCycle.icp.value).toBe(cycle.period.icp.won.median);
		expect(overview.salesCycle.advantage).toEqual(cycle.period.advantage);
		expect(overview.salesCycle.previous.nonIcp).toBe((await querySalesCycleSummary(engine)).periods.previous.nonIcp.won.median);
		expect(overview.salesCycle.higherIsBetter).toBe(false);

		const retention = await queryRetention(engine);
		expect(overview.retention.icp.value).toBe(retention.period.icp.logoRetention.rate);
		expect(overview.retention.icp.n).toBe(retention.period.icp.cohortLogos);

		const cltv = await queryCltv(engine);
		expect(overview.cltv.nonIcp.value).toBe(cltv.period.nonIcp.cltv.value);
		expect(overview.cltv.sparkline.map((p) => p.icp)).toEqual(cltv.byMonth.map((m) => m.icp.cltv.value));

		const campaigns = await queryCampaigns(engine);
		expect(overview.campaigns.icp.value).toBe(campaigns.period.icp.leadToDeal.rate);
		expect(overview.campaigns.previous.icp).toBe((await queryFunnelSummary(engine)).periods.previous.icp.leadToDeal.rate);

		for (const card of [overview.winRate, overview.salesCycle, overview.retention, overview.cltv, overview.campaigns]) {
			expectDeltas(card);
			expect(card.icp.value).not.toBeNull();
		}
		for (const card of [overview.winRate, overview.salesCycle, overview.cltv, overview.campaigns]) expect(card.previous.icp).not.toBeNull();
		// Revenue starts in 2023-01, so no 12-month window ends in 2023-12: no previous retention.
		expect(overview.retention.previous.icp).toBeNull();
		expect(overview.retention.delta.icp).toBeNull();
	});

	it('answers with nulls and n = 0, not errors, on empty tables', async () => {
		const empty = await openNodeEngine();
		await loadTestData(empty, { accounts: [], deals: [], leads: [], revenue: [] });
		await installKpiViews(empty);
		const overview = await queryOverview(empty);
		for (const card of [overview.winRate, overview.salesCycle, overview.retention, overview.cltv, overview.campaigns]) {
			expect(card.icp).toMatchObject({ value: null, n: 0 });
			expect(card.enoughData).toBe(false);
			expect(card.sparkline).toEqual([]);
		}
		const [win, cycle, retention, cltv, campaigns] = [
			await queryWinRate(empty),
			await querySalesCycle(empty),
			await queryRetention(empty),
			await queryCltv(empty),
			await queryCampaigns(empty)
		];
		expect(win.period.icp.n + cycle.timeToClose.icp.n + retention.cohorts.length + cltv.historical.icp.length + campaigns.campaigns.length).toBe(0);
		await empty.close();
	});
});
