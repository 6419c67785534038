import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { wilsonInterval } from '../stats/wilson';
import { installKpiViews } from './installKpiViews';
import { setReportFilter, setReportSettings, type ReportFilter } from './reportFilter';
import { campaignChannelOf, icpGroupOf, loadTestData, monthOf, randomTestData, segmentOf, type TestData, type TestDeal } from './testData';
import { queryWinRate, queryWinRateSummary, type WinRateGroup } from './winRate';

const data = randomTestData(11);
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, data);
	await installKpiViews(engine);
});
afterAll(() => engine.close());

/** Plain-TypeScript win rate counts: deals in scope, closed won/lost within [from, to] months. */
function referenceCounts(d: TestData, filter: ReportFilter, from: string, to: string, pick: (deal: TestDeal) => boolean) {
	const deals = d.deals.filter(
		(deal) =>
			(deal.status === 'won' || deal.status === 'lost') &&
			deal.closed_at !== null &&
			monthOf(deal.closed_at) >= from &&
			monthOf(deal.closed_at) <= to &&
			(!filter.owner || deal.owner === filter.owner) &&
			(!filter.segment || segmentOf(d, deal.account_id) === filter.segment) &&
			(!filter.channel || campaignChannelOf(d, deal.campaign) === filter.channel) &&
			pick(deal)
	);
	const sum = (status: string) => deals.filter((x) => x.status === status && x.amount !== null).reduce((s, x) => s + (x.amount ?? 0), 0);
	return {
		won: deals.filter((x) => x.status === 'won').length,
		lost: deals.filter((x) => x.status === 'lost').length,
		wonAmount: sum('won'),
		lostAmount: sum('lost'),
		missingAmount: deals.filter((x) => x.amount === null).length
	};
}

function expectGroup(actual: WinRateGroup, expected: ReturnType<typeof referenceCounts>) {
	expect({ won: actual.won, lost: actual.lost, missingAmount: actual.missingAmount, n: actual.n }).toEqual({
		won: expected.won,
		lost: expected.lost,
		missingAmount: expected.missingAmount,
		n: expected.won + expected.lost
	});
	expect(actual.wonAmount).toBeCloseTo(expected.wonAmount, 6);
	expect(actual.lostAmount).toBeCloseTo(expected.lostAmount, 6);
	const n = expected.won + expected.lost;
	if (n === 0) expect(actual.rate).toBeNull();
	else expect(Math.abs((actual.rate ?? NaN) - expected.won / n)).toBeLessThan(1e-9);
	const priced = expected.wonAmount + expected.lostAmount;
	if (priced > 0) expect(Math.abs((actual.amountRate ?? NaN) - expected.wonAmount / priced)).toBeLessThan(1e-9);
}

const groupIs = (g: string) => (deal: TestDeal) => icpGroupOf(data, deal.account_id) === g;

describe('win rate views', () => {
	it('match the reference month by month, for the period and per tier over all data', async () => {
		await setReportFilter(engine, {});
		const result = await queryWinRate(engine);
		expect(result.byMonth[0].month).toBe('2023-01');
		expect(result.byMonth.at(-1)?.month).toBe(monthOf(data.deals.map((d) => d.closed_at ?? d.created_at).sort().at(-1)!));
		for (const m of result.byMonth) {
			expectGroup(m.icp, referenceCounts(data, {}, m.month, m.month, groupIs('icp')));
			expectGroup(m.nonIcp, referenceCounts(data, {}, m.month, m.month, groupIs('non_icp')));
			expectGroup(m.unknown, referenceCounts(data, {}, m.month, m.month, groupIs('unknown')));
		}
		const all = (g: string) => referenceCounts(data, {}, '2023-01', '2099-12', groupIs(g));
		expectGroup(result.period.icp, all('icp'));
		expectGroup(result.period.nonIcp, all('non_icp'));
		expectGroup(result.period.unknown, all('unknown'));
		expect(result.period.unknown.n).toBeGreaterThan(0);
		for (const tier of ['A', 'B', 'C', 'out']) {
			const row = result.byTier.find((t) => t.tier === tier)!;
			expectGroup(row, referenceCounts(data, {}, '2023-01', '2099-12', (d) => data.accounts.find((a) => a.account_id === d.account_id)?.tier_hint === tier));
		}
	});

	it('apply period, owner, segment and channel filters, and count the previous period', async () => {
		const filters: ReportFilter[] = [
			{ fromMonth: '2023-07', toMonth: '2024-03', owner: 'ana', segment: 'Mid-market' },
			{ fromMonth: '2024-01-15', toMonth: '2024-06', channel: 'Partner' },
			{ fromMonth: '2024-04', toMonth: '2024-09', channel: 'Direct', segment: 'Unknown' }
		];
		for (const filter of filters) {
			await setReportFilter(engine, filter);
			const { current, previous } = (await queryWinRateSummary(engine)).periods;
			const from = filter.fromMonth!.slice(0, 7);
			const to = filter.toMonth!.slice(0, 7);
			expect([current.from, current.to]).toEqual([from, to]);
			expectGroup(current.icp, referenceCounts(data, filter, from, to, groupIs('icp')));
			expectGroup(current.nonIcp, referenceCounts(data, filter, from, to, groupIs('non_icp')));
			const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5)) + 1;
			const prevTo = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5)) - 2, 1)).toISOString().slice(0, 7);
			const prevFrom = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5)) - 1 - months, 1)).toISOString().slice(0, 7);
			expect([previous.from, previous.to]).toEqual([prevFrom, prevTo]);
			expectGroup(previous.icp, referenceCounts(data, filter, prevFrom, prevTo, groupIs('icp')));
			expectGroup(previous.nonIcp, referenceCounts(data, filter, prevFrom, prevTo, groupIs('non_icp')));
			expect(current.icp.n + current.nonIcp.n).toBeGreaterThan(0);
		}
	});

	it('gives each group its Wilson interval and flags groups below min_sample', async () => {
		await setReportFilter(engine, {});
		const { period } = await queryWinRate(engine);
		const w = wilsonInterval(period.icp.won, period.icp.n, 0.95);
		expect(period.icp.low).toBeCloseTo(w.low, 12);
		expect(period.icp.high).toBeCloseTo(w.high, 12);
		expect(period.advantage.diff).toBeCloseTo((period.icp.rate ?? 0) - (period.nonIcp.rate ?? 0), 12);
		expect(period.advantage.low!).toBeLessThan(period.advantage.diff!);
		expect(period.advantage.method).toBe('z');
		expect(period.enoughData).toBe(true);
		const smaller = Math.min(period.icp.n, period.nonIcp.n);
		await setReportSettings(engine, { minSample: smaller + 1, confidence: 0.8 });
		const narrow = await queryWinRate(engine);
		expect(narrow.period.enoughData).toBe(false);
		expect(narrow.period.icp.high - narrow.period.icp.low).toBeLessThan(period.icp.high - period.icp.low);
		await setReportSettings(engine, { minSample: 30, confidence: 0.95 });
	});
});

describe('win rate on hand-made deals', () => {
	it('counts $ win rate over priced deals, tells missing amounts, and uses Fisher for small cells', async () => {
		const small = await openNodeEngine();
		const handMade: TestData = {
			accounts: [
				{ account_id: 'icp-1', employees: 200, tier_hint: 'A' },
				{ account_id: 'off-1', employees: 20, tier_hint: 'out' }
			],
			deals: [
				{ deal_id: 'd1', account_id: 'icp-1', created_at: '2024-01-02', closed_at: '2024-02-01', status: 'won', amount: 300, campaign: null, owner: 'ana' },
				{ deal_id: 'd2', account_id: 'icp-1', created_at: '2024-01-02', closed_at: '2024-02-10', status: 'won', amount: null, campaign: null, owner: 'ana' },
				{ deal_id: 'd3', account_id: 'icp-1', created_at: '2024-01-02', closed_at: '2024-03-01', status: 'lost', amount: 100, campaign: null, owner: 'ana' },
				{ deal_id: 'd4', account_id: 'icp-1', created_at: '2024-01-02', closed_at: null, status: 'open', amount: 999, campaign: null, owner: 'ana' },
				{ deal_id: 'd5', account_id: 'off-1', created_at: '2024-01-05', closed_at: '2024-02-05', status: 'lost', amount: 50, campaign: null, owner: 'bo' },
				{ deal_id: 'd6', account_id: 'off-1', created_at: '2024-01-05', closed_at: '2024-02-06', status: 'lost', amount: 50, campaign: null, owner: 'bo' }
			],
			leads: [],
			revenue: []
		};
		await loadTestData(small, handMade);
		await installKpiViews(small);
		const result = await queryWinRate(small);
		expect(result.byMonth.map((m) => m.month)).toEqual(['2024-01', '2024-02', '2024-03']);
		expect(result.byMonth[1].icp).toMatchObject({ won: 2, lost: 0, n: 2, rate: 1, amountRate: 1, missingAmount: 1, amountN: 1 });
		expect(result.period.icp).toMatchObject({ won: 2, lost: 1, n: 3, wonAmount: 300, lostAmount: 100, amountRate: 0.75, missingAmount: 1 });
		expect(result.period.icp.rate).toBeCloseTo(2 / 3, 12);
		expect(result.period.nonIcp).toMatchObject({ won: 0, lost: 2, rate: 0, amountRate: 0 });
		expect(result.period.advantage.method).toBe('fisher');
		// Fisher's exact two-sided p for [[2, 1], [0, 2]] is 0.4 (hypergeometric tables with p ≤ observed: 0.3 + 0.1).
		expect(result.period.advantage.p).toBeCloseTo(0.4, 10);
		expect(result.period.enoughData).toBe(false);
		await small.close();
	});
});
