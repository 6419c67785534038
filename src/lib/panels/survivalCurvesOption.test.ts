import { describe, expect, it } from 'vitest';
import { compareSurvival } from '../kpis/survivalCurves';
import type { SurvivalCounts } from '../stats/kaplanMeier';
import { placeboTimes, sixMpRelapsed, sixMpTimes } from '../stats/survivalFixtures';
import { curve, EVIL, seriesOf, tooltipOf } from './panelFixtures';
import { survivalAt, survivalCurvesOption } from './survivalCurvesOption';
import { survivalStepsCsv, survivalSummaryTable } from './survivalTables';
import { DEFAULT_REPORT_SETTINGS } from '../kpis/reportFilter';

function counts(times: number[], events: boolean[]): SurvivalCounts[] {
	return times.map((time, i) => ({ time, events: events[i] ? 1 : 0, censored: events[i] ? 0 : 1 }));
}

// Freireich 6-MP arm: Kaplan–Meier 0.857 at week 6, 0.807 at 7, 0.753 at 10, 0.690 at 13,
// 0.627 at 16, 0.538 at 22, 0.448 at 23 (Klein & Moeschberger 2003, Table 4.1A).
const sixMp = curve(counts(sixMpTimes, sixMpRelapsed));
const placebo = curve(counts(placeboTimes, placeboTimes.map(() => true)));

describe('survivalCurvesOption', () => {
	const option = survivalCurvesOption({
		lines: [
			{ name: '6-MP', color: '#1f77b4', curve: sixMp },
			{ name: EVIL, color: '#d9822b', curve: placebo }
		],
		xName: 'Weeks',
		yName: 'Share in remission',
		formatTime: (t) => `Week ${t}`
	});

	it('draws step lines starting at (0, 100 %) through the published Kaplan–Meier values', () => {
		const line = seriesOf(option, '6-MP');
		expect(line.step).toBe('end');
		const points = line.data as [number, number][];
		expect(points[0]).toEqual([0, 1]);
		const at = (t: number) => points.find(([time]) => time === t)?.[1];
		expect(at(6)).toBeCloseTo(0.857, 3);
		expect(at(13)).toBeCloseTo(0.69, 3);
		expect(at(23)).toBeCloseTo(0.448, 3);
	});

	it('draws the band as its lower edge plus its height, stacked and stepping like the curve', () => {
		const low = seriesOf(option, '6-MP low');
		const height = seriesOf(option, '6-MP interval');
		expect(low.stack).toBe(height.stack);
		expect(height.step).toBe('end');
		const step = sixMp.steps.find((s) => s.time === 13)!;
		const index = (low.data as [number, number][]).findIndex(([t]) => t === 13);
		expect((low.data[index] as number[])[1]).toBeCloseTo(step.low, 12);
		expect((height.data[index] as number[])[1]).toBeCloseTo(step.high - step.low, 12);
		expect(step.low).toBeLessThan(step.survival);
		expect(step.high).toBeGreaterThan(step.survival);
	});

	it('reads each curve at the pointed time in the tooltip, with the number still at risk, escaping names', () => {
		const html = tooltipOf(option)([{ axisValue: 14.6 }]);
		expect(html).toContain('<b>Week 15</b>');
		expect(html).toContain('<b>69.0%</b>');
		expect(html).toContain('11 still at risk');
		expect(html).not.toContain('<img');
		expect(tooltipOf(option)([{ axisValue: 0.5 }])).toContain('<b>100.0%</b>');
	});

	it('survivalAt takes the last step at or before the time', () => {
		expect(survivalAt(sixMp.steps, 5)).toBeNull();
		expect(survivalAt(sixMp.steps, 10)?.survival).toBeCloseTo(0.753, 3);
		expect(survivalAt(sixMp.steps, 10.9)?.time).toBe(10);
	});
});

describe('survival tables', () => {
	const comparison = compareSurvival(counts(sixMpTimes, sixMpRelapsed), counts(placeboTimes, placeboTimes.map(() => true)), { ...DEFAULT_REPORT_SETTINGS, minSample: 10 });

	it('summarises n, events, censored, median and the log-rank p per curve', () => {
		const table = survivalSummaryTable(comparison, { subjects: 'patients', event: 'Relapsed', censored: 'In remission', medianLabel: 'Median', formatTime: (t) => `${t} wk` });
		const [icp, nonIcp] = table.rows.map((row) => row.map((c) => c.value));
		// 6-MP: 21 patients, 9 relapses, median 23 weeks; placebo: 21 relapses, median 8 weeks.
		expect(icp.slice(0, 5)).toEqual(['ICP', 21, 9, 12, 23]);
		expect(nonIcp.slice(0, 5)).toEqual(['Non-ICP', 21, 21, 0, 8]);
		// Log-rank chi-square 16.79 on 1 df for this data set (Kleinbaum & Klein 2012, ch. 2): p ≈ 4.2e-5.
		expect(icp[6]).toBeCloseTo(4.17e-5, 6);
		expect(table.rows[0][4].text).toBe('23 wk');
	});

	it('lists every step of both curves in the CSV', () => {
		const csv = survivalStepsCsv(comparison);
		expect(csv.rows).toHaveLength(comparison.icp.steps.length + comparison.nonIcp.steps.length);
		expect(csv.rows[0].slice(0, 5)).toEqual(['ICP', 6, 21, 3, 1]);
	});
});
