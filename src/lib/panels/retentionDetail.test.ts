import { describe, expect, it } from 'vitest';
import type { RetentionCohortCell, RetentionFigures, RetentionMonth, RetentionPeriod } from '../kpis/retention';
import { cohortHeatmapOption, cohortRange } from './cohortHeatmapOption';
import { rate, seriesOf, tooltipOf } from './panelFixtures';
import { retentionHeadline } from './retentionHeadline';
import { retentionByMonthOption, retentionSummaryOption } from './retentionOptions';
import { cohortCsv, retentionAdvantageTable, retentionPeriodTable } from './retentionTables';
import { tableCsv } from './tableModel';

function figures(cohort: number, retained: number, startMrr: number, endMrr: number, retainedMrr: number): RetentionFigures {
	return {
		cohortLogos: cohort,
		retainedLogos: retained,
		logoRetention: rate(retained, cohort),
		startMrr,
		endMrr,
		retainedMrr,
		grr: startMrr > 0 ? retainedMrr / startMrr : null,
		nrr: startMrr > 0 ? endMrr / startMrr : null,
		grrSe: 0.01,
		nrrSe: 0.02,
		grrInterval: startMrr > 0 ? { low: retainedMrr / startMrr - 0.02, high: retainedMrr / startMrr + 0.02 } : { low: null, high: null },
		nrrInterval: startMrr > 0 ? { low: endMrr / startMrr - 0.04, high: endMrr / startMrr + 0.04 } : { low: null, high: null }
	};
}

const period: RetentionPeriod = {
	endMonth: '2025-12',
	icp: figures(200, 180, 100_000, 104_000, 92_000),
	nonIcp: figures(100, 70, 50_000, 40_000, 38_000),
	unknown: figures(3, 2, 900, 600, 600),
	advantage: { logoRetention: { diff: 0.2, low: 0.1, high: 0.3, p: 0.0001, method: 'z' }, grr: { diff: 0.16, low: 0.12, high: 0.2, p: 0.001, method: 'delta' }, nrr: { diff: 0.24, low: 0.15, high: 0.33, p: 0.002, method: 'delta' } },
	enoughData: true
};

describe('retentionSummaryOption', () => {
	const option = retentionSummaryOption(period, '95%');
	it('shows logo retention with Wilson whiskers and GRR / NRR with theirs, ICP beside non-ICP', () => {
		expect((seriesOf(option, 'value').data as { value: number }[]).map((d) => d.value)).toEqual([0.9, 0.7, 0.92, 0.76, 1.04, 0.8]);
		const whiskers = seriesOf(option, 'interval').data as (number | string)[][];
		expect(whiskers[0][0]).toBeCloseTo(period.icp.logoRetention.low, 12);
		expect(whiskers[0][4]).toBeCloseTo(period.icp.logoRetention.high, 12);
		expect(whiskers[2][0]).toBeCloseTo(0.9, 12);
		expect(whiskers[2][4]).toBeCloseTo(0.94, 12);
		expect(tooltipOf(option)([{ dataIndex: 5 }])).toContain('cohort n = 100 · ratio of sums · 95% CI 76.0% to 84.0%');
	});

	it('draws nothing for a cohort under min_sample', () => {
		const small = retentionSummaryOption({ ...period, nonIcp: figures(10, 9, 1000, 900, 900) }, '95%');
		expect((seriesOf(small, 'value').data as { value: number | null }[]).map((d) => d.value)).toEqual([0.9, null, 0.92, null, 1.04, null]);
	});
});

describe('retentionByMonthOption', () => {
	it('draws logo retention of each window with its band, blank without a full window', () => {
		const months: RetentionMonth[] = [
			{ month: '2025-01', icp: figures(0, 0, 0, 0, 0), nonIcp: figures(0, 0, 0, 0, 0) },
			{ month: '2025-02', icp: figures(100, 90, 1, 1, 1), nonIcp: figures(50, 35, 1, 1, 1) }
		];
		const option = retentionByMonthOption(months);
		expect(seriesOf(option, 'ICP').data).toEqual([null, 0.9]);
		expect(seriesOf(option, 'Non-ICP').data).toEqual([null, 0.7]);
		expect(tooltipOf(option)([{ dataIndex: 1 }])).toContain('90 of 100 · GRR 100.0% · NRR 100.0%');
	});
});

const cell = (startMonth: string, group: 'icp' | 'non_icp', age: number, size: number, active: number, mrr = active * 100): RetentionCohortCell => ({
	startMonth,
	group,
	monthsSinceStart: age,
	cohortSize: size,
	active,
	logoRetention: active / size,
	mrr,
	startMrr: size * 100,
	revenueRetention: mrr / (size * 100)
});

const cells = [
	cell('2025-01', 'icp', 0, 20, 20),
	cell('2025-01', 'icp', 1, 20, 18, 2100),
	cell('2025-02', 'icp', 0, 10, 10),
	cell('2025-01', 'non_icp', 0, 40, 40),
	cell('2025-01', 'non_icp', 1, 40, 26)
];

describe('cohortHeatmapOption', () => {
	it('places each cell of the group at (months since start, start month) with its retention', () => {
		const option = cohortHeatmapOption({ cells, group: 'icp', metric: 'logo', range: { min: 0.6, max: 1 }, color: '#1f77b4' });
		expect(seriesOf(option, 'Logo retention').data).toEqual([
			[0, 0, 1],
			[1, 0, 0.9],
			[0, 1, 1]
		]);
		const o = option as { yAxis: { data: string[] }; xAxis: { data: string[] } };
		expect(o.yAxis.data).toEqual(['2025-01 (n=20)', '2025-02 (n=10)']);
		expect(o.xAxis.data).toEqual(['0', '1']);
		expect(tooltipOf(option)({ data: [1, 0, 0.9] })).toContain('90.0%</b> · 18 of 20 customers paying');
	});

	it('shows revenue retention when asked, and one colour scale for both groups', () => {
		const option = cohortHeatmapOption({ cells, group: 'icp', metric: 'revenue', range: cohortRange(cells, 'revenue'), color: '#1f77b4' });
		expect(seriesOf(option, 'Revenue retention').data[1]).toEqual([1, 0, 1.05]);
		expect(cohortRange(cells, 'logo')).toEqual({ min: 0.6, max: 1 });
		expect(cohortRange(cells, 'revenue')).toEqual({ min: 0.6, max: 1.1 });
		expect(cohortRange([], 'logo')).toEqual({ min: 0, max: 1 });
	});
});

describe('retention tables and headline', () => {
	it('period table: cohort, retained, Wilson interval ends in the CSV, GRR and NRR', () => {
		const csv = tableCsv(retentionPeriodTable(period, '95%'));
		expect(csv.columns).toEqual(['group', 'cohort_logos', 'retained_logos', 'logo_retention', 'ci_low', 'ci_high', 'start_mrr', 'end_mrr', 'grr', 'nrr']);
		expect(csv.rows[0]).toEqual(['ICP', 200, 180, 0.9, period.icp.logoRetention.low, period.icp.logoRetention.high, 100_000, 104_000, 0.92, 1.04]);
	});

	it('advantage table: logo, GRR and NRR with interval, test and method', () => {
		const rows = tableCsv(retentionAdvantageTable(period, '95%')).rows;
		expect(rows).toEqual([
			['Logo retention', 0.2, 0.1, 0.3, 0.0001, 'z'],
			['GRR', 0.16, 0.12, 0.2, 0.001, 'delta'],
			['NRR', 0.24, 0.15, 0.33, 0.002, 'delta']
		]);
	});

	it('cohort CSV keeps every cell', () => {
		expect(cohortCsv(cells).rows[1]).toEqual(['2025-01', 'icp', 1, 20, 18, 0.9, 2100, 2000, 1.05]);
	});

	it('headline: logo retention per group, the advantage, NRR side by side', () => {
		const stats = retentionHeadline(period, '95%');
		expect(stats.map((s) => s.value)).toEqual(['90.0%', '70.0%', '+20.0 pts', '104.0% / 80.0%']);
	});
});
