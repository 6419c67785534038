import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { kaplanMeier, restrictedMeanSurvival } from '../stats/kaplanMeier';
import { moverDifference } from '../stats/moverDifference';
import { wilsonInterval } from '../stats/wilson';
import { queryCltv, queryCltvSummary, type CltvFigures } from './cltv';
import { installKpiViews } from './installKpiViews';
import { setReportFilter, setReportSettings, type ReportFilter } from './reportFilter';
import { addMonths, loadTestData, monthsBetween, randomTestData, referenceCustomers } from './testData';

const data = randomTestData(8, { accounts: 120, deals: 300, leads: 100 });
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, data);
	await installKpiViews(engine);
});
afterAll(() => engine.close());

/** Customer-month flows summed over [from, to] months, as cltv_summary.sql defines them. */
function referenceFlows(filter: ReportFilter, from: string, to: string, group: string) {
	const { customers, paying, mrrOf, revenueStart, revenueEnd } = referenceCustomers(data, filter);
	const flows = { at_risk: 0, churned: 0, paying_months: 0, mrr: 0, customers: 0 };
	const seen = new Set<string>();
	for (let m = from < revenueStart ? revenueStart : from; m <= to && m <= revenueEnd; m = addMonths(m, 1)) {
		for (const c of customers.filter((x) => x.group === group && x.start <= m)) {
			const before = paying(c.account_id, addMonths(m, -1));
			if (before) flows.at_risk++;
			if (before && !paying(c.account_id, m)) flows.churned++;
			if (paying(c.account_id, m)) {
				flows.paying_months++;
				flows.mrr += mrrOf(c.account_id, m);
				seen.add(c.account_id);
			}
		}
	}
	flows.customers = seen.size;
	return flows;
}

function expectFigures(actual: CltvFigures, flows: ReturnType<typeof referenceFlows>, margin: number, floor: number) {
	expect([actual.churn.x, actual.churn.n, actual.payingMonths]).toEqual([flows.churned, flows.at_risk, flows.paying_months]);
	if (flows.paying_months === 0) return expect(actual.cltv.value).toBeNull();
	const arpa = flows.mrr / flows.paying_months;
	expect(Math.abs(actual.arpa! - arpa)).toBeLessThan(1e-9);
	if (flows.at_risk === 0) return expect(actual.cltv.value).toBeNull();
	const churn = flows.churned / flows.at_risk;
	const w = wilsonInterval(flows.churned, flows.at_risk);
	expect(Math.abs(actual.cltv.value! - (arpa * margin) / Math.max(churn, floor)) / actual.cltv.value!).toBeLessThan(1e-9);
	expect(Math.abs(actual.cltv.low! - (arpa * margin) / Math.max(w.high, floor)) / actual.cltv.low!).toBeLessThan(1e-9);
	expect(Math.abs(actual.cltv.high! - (arpa * margin) / Math.max(w.low, floor)) / actual.cltv.high!).toBeLessThan(1e-9);
}

describe('CLTV views', () => {
	it('match the reference churn, ARPA and churn-based CLTV for both periods, with the churn floor', async () => {
		const filter: ReportFilter = { fromMonth: '2024-01', toMonth: '2024-12', segment: 'Enterprise' };
		await setReportFilter(engine, filter);
		await setReportSettings(engine, { grossMargin: 0.7, churnFloor: 0.05 });
		const { current, previous } = (await queryCltvSummary(engine)).periods;
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'non_icp'], ['unknown', 'unknown']] as const) {
			const flows = referenceFlows(filter, '2024-01', '2024-12', group);
			expectFigures(current[key], flows, 0.7, 0.05);
			expect(current[key].customers).toBe(flows.customers);
			expectFigures(previous[key], referenceFlows(filter, '2023-01', '2023-12', group), 0.7, 0.05);
		}
		expect(current.icp.churn.n).toBeGreaterThan(0);
		expect(current.advantage.cltv.diff).toBeCloseTo(current.icp.cltv.value! - current.nonIcp.cltv.value!, 6);
		const estimate = (f: typeof current.icp) => ({ value: f.cltv.value!, low: f.cltv.low!, high: f.cltv.high! });
		const mover = moverDifference(estimate(current.icp), estimate(current.nonIcp));
		expect(current.advantage.cltv).toMatchObject({ low: mover.low, high: mover.high, method: 'mover' });
		expect(current.advantage.cltv.low!).toBeLessThan(current.advantage.cltv.diff!);
		await setReportSettings(engine, { grossMargin: 0.8, churnFloor: 0.005 });
	});

	it('gives trailing-12-month CLTV per month', async () => {
		await setReportFilter(engine, { owner: 'ana' });
		const { byMonth } = await queryCltv(engine);
		const checked = byMonth.filter((m) => m.month >= '2023-02' && m.month <= '2024-12');
		expect(checked.length).toBe(23);
		for (const m of checked) {
			expectFigures(m.icp, referenceFlows({ owner: 'ana' }, addMonths(m.month, -11), m.month, 'icp'), 0.8, 0.005);
			expectFigures(m.nonIcp, referenceFlows({ owner: 'ana' }, addMonths(m.month, -11), m.month, 'non_icp'), 0.8, 0.005);
		}
	});

	it('match the reference historical CLTV by cohort age and the survival-based CLTV', async () => {
		const filter: ReportFilter = { fromMonth: '2023-01', toMonth: '2023-12' };
		await setReportFilter(engine, filter);
		const result = await queryCltv(engine);
		const { customers, mrrOf, revenueEnd } = referenceCustomers(data, filter);
		for (const [key, group] of [['icp', 'icp'], ['nonIcp', 'non_icp']] as const) {
			const cohort = customers.filter((c) => c.group === group && c.start >= '2023-01' && c.start <= '2023-12');
			const points = result.historical[key];
			expect(points.length).toBe(Math.max(...cohort.map((c) => monthsBetween(c.start, revenueEnd))) + 1);
			for (const point of points) {
				const observed = cohort.filter((c) => monthsBetween(c.start, revenueEnd) >= point.monthsSinceStart);
				const toDate = observed.map((c) => {
					let sum = 0;
					for (let k = 0; k <= point.monthsSinceStart; k++) sum += mrrOf(c.account_id, addMonths(c.start, k));
					return sum * 0.8;
				});
				expect(point.customers).toBe(observed.length);
				const mean = toDate.reduce((a, b) => a + b, 0) / toDate.length;
				expect(Math.abs(point.cltv.value! - mean) / mean).toBeLessThan(1e-9);
				if (toDate.length > 1) expect(point.cltv.low!).toBeLessThan(mean);
			}
			const times = cohort.map((c) => monthsBetween(c.start, c.churn ?? revenueEnd));
			const rmst = restrictedMeanSurvival(kaplanMeier(times, cohort.map((c) => c.churn !== null)), 60);
			const survival = result.survival[key];
			expect(survival.n).toBe(cohort.length);
			expect(Math.abs(survival.rmstMonths.value! - rmst)).toBeLessThan(1e-9);
			expect(survival.rmstMonths.low!).toBeLessThanOrEqual(rmst);
			expect(survival.rmstMonths.high!).toBeGreaterThanOrEqual(rmst);
			expect(Math.abs(survival.cltv.value! - result.period[key].arpa! * 0.8 * rmst) / survival.cltv.value!).toBeLessThan(1e-9);
		}
	});
});
