import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { openNodeEngine } from '../db/node';
import { bootstrapMedianDifference } from '../stats/bootstrap';
import { kaplanMeier } from '../stats/kaplanMeier';
import { quantile } from '../stats/quantile';
import { installKpiViews } from './installKpiViews';
import { setReportFilter, type ReportFilter } from './reportFilter';
import { querySalesCycle, type CycleDistribution } from './salesCycle';
import { dayMs, dealInScope, icpGroupOf, loadTestData, monthOf, randomTestData, type TestDeal } from './testData';

const data = randomTestData(23);
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, data);
	await installKpiViews(engine);
});
afterAll(() => engine.close());

const DAY = 86_400_000;
const cycleDays = (d: TestDeal) => (dayMs(d.closed_at!) - dayMs(d.created_at)) / DAY;
const measurable = (d: TestDeal) => d.status !== 'open' && d.closed_at !== null && d.closed_at >= d.created_at;

function referenceCycles(filter: ReportFilter, from: string, to: string, group: string, status: string): number[] {
	return data.deals
		.filter((d) => measurable(d) && d.status === status && monthOf(d.closed_at!) >= from && monthOf(d.closed_at!) <= to)
		.filter((d) => dealInScope(data, d, filter) && icpGroupOf(data, d.account_id) === group)
		.map(cycleDays)
		.sort((a, b) => a - b);
}

function expectDistribution(actual: CycleDistribution, days: number[]) {
	expect(actual.n).toBe(days.length);
	if (days.length === 0) return expect(actual.median).toBeNull();
	expect(Math.abs(actual.median! - quantile(days, 0.5))).toBeLessThan(1e-9);
	expect(Math.abs(actual.p25! - quantile(days, 0.25))).toBeLessThan(1e-9);
	expect(Math.abs(actual.p75! - quantile(days, 0.75))).toBeLessThan(1e-9);
}

describe('sales cycle views', () => {
	const filter: ReportFilter = { fromMonth: '2023-04', toMonth: '2024-09', owner: 'bo' };

	it('match the reference medians and quartiles for the period and by month', async () => {
		await setReportFilter(engine, filter);
		const result = await querySalesCycle(engine);
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'non_icp'], ['unknown', 'unknown']] as const) {
			for (const status of ['won', 'lost'] as const) {
				const days = referenceCycles(filter, '2023-04', '2024-09', group, status);
				expectDistribution(result.period[key][status], days);
				const mean = days.reduce((a, b) => a + b, 0) / days.length;
				if (days.length > 0) expect(Math.abs(result.period[key][status].mean! - mean)).toBeLessThan(1e-9);
			}
		}
		expect(result.period.icp.won.n).toBeGreaterThan(10);
		expect(result.byMonth).toHaveLength(18);
		for (const m of result.byMonth) {
			expectDistribution(m.icp.won, referenceCycles(filter, m.month, m.month, 'icp', 'won'));
			expectDistribution(m.nonIcp.lost, referenceCycles(filter, m.month, m.month, 'non_icp', 'lost'));
		}
	});

	it('leaves deals closed before they were created out of the cycle', async () => {
		await setReportFilter(engine, {});
		const [row] = tableRows(await engine.query('SELECT count(*) AS n, min(cycle_days) AS shortest FROM sales_cycle_deals'));
		expect(row).toEqual({ n: data.deals.filter(measurable).length, shortest: 0 });
		expect(data.deals.some((d) => d.status !== 'open' && d.closed_at! < d.created_at)).toBe(true);
	});

	it('bootstraps the difference of median won cycles of the reference deals', async () => {
		await setReportFilter(engine, filter);
		const first = await querySalesCycle(engine);
		const expected = bootstrapMedianDifference(
			referenceCycles(filter, '2023-04', '2024-09', 'icp', 'won'),
			referenceCycles(filter, '2023-04', '2024-09', 'non_icp', 'won'),
			{ confidence: 0.95 }
		);
		expect(first.period.advantage).toEqual({ ...expected, p: null, method: 'bootstrap' });
		expect(first.period.advantage.diff).toBe(first.period.icp.won.median! - first.period.nonIcp.won.median!);
	});

	it('censors open deals at the last deal date in the time-to-close curves', async () => {
		await setReportFilter(engine, filter);
		const { timeToClose } = await querySalesCycle(engine);
		const end = Math.max(...data.deals.flatMap((d) => [dayMs(d.created_at), d.closed_at ? dayMs(d.closed_at) : 0]));
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'non_icp']] as const) {
			const cohort = data.deals.filter(
				(d) =>
					monthOf(d.created_at) >= '2023-04' &&
					monthOf(d.created_at) <= '2024-09' &&
					dealInScope(data, d, filter) &&
					icpGroupOf(data, d.account_id) === group &&
					(d.status === 'open' || measurable(d))
			);
			const times = cohort.map((d) => (d.status === 'open' ? (end - dayMs(d.created_at)) / DAY : cycleDays(d)));
			const events = cohort.map((d) => d.status !== 'open');
			const curve = timeToClose[key];
			expect(curve.n).toBe(cohort.length);
			expect(curve.events).toBe(events.filter(Boolean).length);
			expect(curve.steps.reduce((s, x) => s + x.censored, 0)).toBe(cohort.filter((d) => d.status === 'open').length);
			const reference = kaplanMeier(times, events);
			expect(curve.steps.map((s) => [s.time, s.atRisk, s.events, s.censored])).toEqual(reference.map((s) => [s.time, s.atRisk, s.events, s.censored]));
			curve.steps.forEach((s, i) => expect(Math.abs(s.survival - reference[i].survival)).toBeLessThan(1e-9));
		}
		expect(timeToClose.logRank.p).toBeGreaterThanOrEqual(0);
		expect(timeToClose.logRank.p).toBeLessThanOrEqual(1);
	});
});
