import { describe, expect, it } from 'vitest';
import type { CycleDistribution, CycleStats, SalesCycleMonth, SalesCyclePeriod } from '../kpis/salesCycle';
import { cycleBoxOption } from './cycleBoxOption';
import { cycleByMonthOption } from './cycleByMonthOption';
import { seriesOf, tooltipOf } from './panelFixtures';
import { salesCycleHeadline } from './salesCycleHeadline';
import { salesCycleMonthsCsv, salesCyclePeriodTable } from './salesCycleTables';
import { tableCsv } from './tableModel';

const dist = (n: number, median: number | null, p25: number | null, p75: number | null): CycleDistribution => ({ n, median, p25, p75 });
const stats = (won: CycleDistribution, lost: CycleDistribution, mean = 50): CycleStats => ({
	won: { ...won, mean },
	lost: { ...lost, mean: mean + 5 },
	enoughData: won.n >= 30
});

const months: SalesCycleMonth[] = [
	{ month: '2025-01', icp: { won: dist(40, 42, 30, 59), lost: dist(90, 48, 32, 72) }, nonIcp: { won: dist(31, 77, 56, 108), lost: dist(10, 70, 50, 90) } },
	{ month: '2025-02', icp: { won: dist(12, 40, 20, 50), lost: dist(80, 50, 30, 70) }, nonIcp: { won: dist(0, null, null, null), lost: dist(60, 71, 47, 107) } }
];

describe('cycleByMonthOption', () => {
	it('draws the median with the IQR as band for the chosen outcome, blank where a group is under min_sample', () => {
		const won = cycleByMonthOption(months, 'won', 30);
		expect(seriesOf(won, 'ICP').data).toEqual([42, null]);
		expect(seriesOf(won, 'ICP low').data).toEqual([30, null]);
		expect(seriesOf(won, 'ICP interval').data).toEqual([29, null]);
		expect(seriesOf(won, 'Non-ICP').data).toEqual([77, null]);
		const lost = cycleByMonthOption(months, 'lost', 30);
		expect(seriesOf(lost, 'ICP').data).toEqual([48, 50]);
		expect(seriesOf(lost, 'Non-ICP').data).toEqual([null, 71]);
	});

	it('gives median, IQR and n in the tooltip', () => {
		const html = tooltipOf(cycleByMonthOption(months, 'won', 30))([{ dataIndex: 1 }]);
		expect(html).toContain('ICP: <b>not enough data</b> · IQR 20 d to 50 d · n = 12');
		expect(html).toContain('Non-ICP: <b>not enough data</b> · n = 0');
		expect(tooltipOf(cycleByMonthOption(months, 'won', 30))([{ dataIndex: 0 }])).toContain('ICP: <b>median 42 d</b> · IQR 30 d to 59 d · n = 40');
	});
});

const period: SalesCyclePeriod = {
	from: '2025-01',
	to: '2025-12',
	icp: stats(dist(1875, 42, 30, 59), dist(4352, 48, 32, 72), 47.8),
	nonIcp: stats(dist(1312, 77, 56, 108), dist(20, 71, 47, 107), 88.3),
	unknown: stats(dist(9, 80, 61, 90), dist(65, 68, 42, 97)),
	advantage: { diff: -35, low: -38, high: -33, p: null, method: 'bootstrap' },
	enoughData: true
};

describe('cycleBoxOption', () => {
	it('boxes p25..p75 with the median, won then lost, ICP beside non-ICP, and no box under min_sample', () => {
		const option = cycleBoxOption(period, 30);
		const boxes = seriesOf(option, 'IQR').data as ({ value: number[] } | string[])[];
		expect((boxes[0] as { value: number[] }).value).toEqual([30, 30, 42, 59, 59]);
		expect((boxes[1] as { value: number[] }).value).toEqual([56, 56, 77, 108, 108]);
		expect(boxes[3]).toEqual(['-', '-', '-', '-', '-']);
		expect(seriesOf(option, 'Mean').data).toEqual([47.8, 88.3, 52.8, null]);
		expect((option as { xAxis: { data: string[] } }).xAxis.data[0]).toBe('Won · ICP\nn = 1,875');
	});
});

describe('sales-cycle tables and headline', () => {
	it('period table: one row per group × outcome with days, small n flagged', () => {
		const table = salesCyclePeriodTable(period, 30);
		expect(table.rows).toHaveLength(6);
		expect(tableCsv(table).rows[0]).toEqual(['ICP', 'won', 1875, 42, 30, 59, 47.8]);
		expect(table.rows[3][3].text).toBe('71 d (small n)');
	});

	it('monthly CSV has both outcomes for both groups', () => {
		const csv = salesCycleMonthsCsv(months);
		expect(csv.rows).toHaveLength(8);
		expect(csv.rows[2]).toEqual(['2025-01', 'Non-ICP', 'won', 31, 77, 56, 108]);
	});

	it('headline: negative difference = ICP faster, shown as good, with the bootstrap interval', () => {
		const [icp, , diff] = salesCycleHeadline(period, '95%');
		expect(icp).toMatchObject({ value: '42 d', detail: 'n = 1,875 won deals · IQR 30 d to 59 d' });
		expect(diff).toMatchObject({ value: '−35 d', tone: 'good', detail: '95% CI −38 d to −33 d · exact percentile bootstrap' });
	});
});
