import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { installKpiViews } from './installKpiViews';
import { setReportFilter, type ReportFilter } from './reportFilter';
import { queryRetention, queryRetentionSummary, type RetentionFigures } from './retention';
import { addMonths, loadTestData, monthsBetween, randomTestData, referenceCustomers } from './testData';

const data = randomTestData(5, { accounts: 120, deals: 400, leads: 100 });
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, data);
	await installKpiViews(engine);
});
afterAll(() => engine.close());

function referenceWindow(filter: ReportFilter, end: string, group: string) {
	const { customers, paying, mrrOf } = referenceCustomers(data, filter);
	const start = addMonths(end, -12);
	const cohort = customers.filter((c) => c.group === group && paying(c.account_id, start));
	const sum = (f: (id: string) => number) => cohort.reduce((s, c) => s + f(c.account_id), 0);
	const startMrr = sum((id) => mrrOf(id, start));
	const endMrr = sum((id) => mrrOf(id, end));
	const retainedMrr = sum((id) => Math.min(mrrOf(id, start), mrrOf(id, end)));
	// standard error of a ratio of sums from its residuals y − R x (the SQL delivers expanded sums)
	const ratioSe = (ratio: number, y: (id: string) => number) =>
		Math.sqrt(sum((id) => (y(id) - ratio * mrrOf(id, start)) ** 2) / ((cohort.length - 1) * cohort.length * (startMrr / cohort.length) ** 2));
	return {
		cohortLogos: cohort.length,
		retainedLogos: cohort.filter((c) => paying(c.account_id, end)).length,
		startMrr,
		endMrr,
		retainedMrr,
		grrSe: ratioSe(retainedMrr / startMrr, (id) => Math.min(mrrOf(id, start), mrrOf(id, end))),
		nrrSe: ratioSe(endMrr / startMrr, (id) => mrrOf(id, end))
	};
}

let largestSe = 0;

function expectFigures(actual: RetentionFigures, expected: ReturnType<typeof referenceWindow>) {
	expect([actual.cohortLogos, actual.retainedLogos]).toEqual([expected.cohortLogos, expected.retainedLogos]);
	expect(Math.abs(actual.startMrr - expected.startMrr)).toBeLessThan(1e-6);
	expect(Math.abs(actual.endMrr - expected.endMrr)).toBeLessThan(1e-6);
	expect(Math.abs(actual.retainedMrr - expected.retainedMrr)).toBeLessThan(1e-6);
	if (expected.cohortLogos === 0) return expect(actual.nrr).toBeNull();
	expect(Math.abs(actual.logoRetention.rate! - expected.retainedLogos / expected.cohortLogos)).toBeLessThan(1e-9);
	expect(Math.abs(actual.grr! - expected.retainedMrr / expected.startMrr)).toBeLessThan(1e-9);
	expect(Math.abs(actual.nrr! - expected.endMrr / expected.startMrr)).toBeLessThan(1e-9);
	expect(actual.grr!).toBeLessThanOrEqual(1);
	if (expected.cohortLogos < 2) return;
	expect(Math.abs(actual.grrSe! - expected.grrSe)).toBeLessThan(1e-9);
	expect(Math.abs(actual.nrrSe! - expected.nrrSe)).toBeLessThan(1e-9);
	largestSe = Math.max(largestSe, actual.grrSe!, actual.nrrSe!);
	expect(actual.nrrInterval.low!).toBeLessThanOrEqual(actual.nrr!);
}

const filters: ReportFilter[] = [{}, { fromMonth: '2023-06', toMonth: '2024-10', segment: 'Mid-market' }, { fromMonth: '2024-01', toMonth: '2024-12', owner: 'cy' }];

describe('retention views', () => {
	it('match the reference 12-month logo retention, GRR and NRR month by month and for the period', async () => {
		for (const filter of filters) {
			await setReportFilter(engine, filter);
			const result = await queryRetention(engine);
			const { revenueStart, revenueEnd } = referenceCustomers(data, filter);
			let windows = 0;
			for (const m of result.byMonth) {
				if (m.month > revenueEnd || addMonths(m.month, -12) < revenueStart) {
					expect(m.icp.cohortLogos + m.nonIcp.cohortLogos).toBe(0);
					continue;
				}
				expectFigures(m.icp, referenceWindow(filter, m.month, 'icp'));
				expectFigures(m.nonIcp, referenceWindow(filter, m.month, 'non_icp'));
				windows++;
			}
			expect(windows).toBeGreaterThan(0);
			const end = filter.toMonth && filter.toMonth < revenueEnd ? filter.toMonth : revenueEnd;
			expect(result.period.endMonth).toBe(end);
			expectFigures(result.period.icp, referenceWindow(filter, end, 'icp'));
			expectFigures(result.period.nonIcp, referenceWindow(filter, end, 'non_icp'));
			expectFigures(result.period.unknown, referenceWindow(filter, end, 'unknown'));
		}
		expect(largestSe).toBeGreaterThan(0);
	});

	it('window of the previous period ends where that period ends', async () => {
		await setReportFilter(engine, { fromMonth: '2024-07', toMonth: '2024-12' });
		const { previous } = (await queryRetentionSummary(engine)).periods;
		expect(previous.endMonth).toBe('2024-06');
		expectFigures(previous.icp, referenceWindow({}, '2024-06', 'icp'));
		expect(previous.icp.cohortLogos).toBeGreaterThan(0);
	});

	it('builds the cohort table from each customer start month', async () => {
		for (const filter of filters) {
			await setReportFilter(engine, filter);
			const { cohorts } = await queryRetention(engine);
			const { customers, paying, mrrOf, revenueEnd } = referenceCustomers(data, filter);
			const inPeriod = customers.filter((c) => (!filter.fromMonth || c.start >= filter.fromMonth) && (!filter.toMonth || c.start <= filter.toMonth));
			const expected = new Map<string, { cohortSize: number; active: number; mrr: number; startMrr: number }>();
			for (const c of inPeriod) {
				for (let k = 0; k <= monthsBetween(c.start, revenueEnd); k++) {
					const key = `${c.start}|${c.group}|${k}`;
					const cell = expected.get(key) ?? { cohortSize: 0, active: 0, mrr: 0, startMrr: 0 };
					cell.cohortSize++;
					if (paying(c.account_id, addMonths(c.start, k))) cell.active++;
					cell.mrr += mrrOf(c.account_id, addMonths(c.start, k));
					cell.startMrr += mrrOf(c.account_id, c.start);
					expected.set(key, cell);
				}
			}
			expect(cohorts.length).toBe(expected.size);
			for (const cell of cohorts) {
				const ref = expected.get(`${cell.startMonth}|${cell.group}|${cell.monthsSinceStart}`)!;
				expect([cell.cohortSize, cell.active]).toEqual([ref.cohortSize, ref.active]);
				expect(Math.abs(cell.mrr - ref.mrr)).toBeLessThan(1e-6);
				expect(Math.abs(cell.startMrr - ref.startMrr)).toBeLessThan(1e-6);
				expect(Math.abs(cell.logoRetention - ref.active / ref.cohortSize)).toBeLessThan(1e-9);
			}
			expect(cohorts.filter((c) => c.monthsSinceStart === 0).every((c) => c.logoRetention === 1)).toBe(true);
		}
	});

	it('counts churn events and censored customers for the survival curves', async () => {
		for (const filter of filters) {
			await setReportFilter(engine, filter);
			const { survival } = await queryRetention(engine);
			const { customers, revenueEnd } = referenceCustomers(data, filter);
			for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'non_icp']] as const) {
				const cohort = customers.filter(
					(c) => c.group === group && (!filter.fromMonth || c.start >= filter.fromMonth) && (!filter.toMonth || c.start <= filter.toMonth)
				);
				const byTime = new Map<number, { events: number; censored: number }>();
				for (const c of cohort) {
					const time = monthsBetween(c.start, c.churn ?? revenueEnd);
					const row = byTime.get(time) ?? { events: 0, censored: 0 };
					if (c.churn) row.events++;
					else row.censored++;
					byTime.set(time, row);
				}
				const steps = survival[key].steps.map((s) => [s.time, s.events, s.censored]);
				expect(steps).toEqual([...byTime].sort((a, b) => a[0] - b[0]).map(([t, r]) => [t, r.events, r.censored]));
				expect(survival[key].events).toBeGreaterThan(0);
			}
			if (survival.icp.n > 0 && survival.nonIcp.n > 0) expect(survival.logRank.p).not.toBeNull();
		}
	});
});
