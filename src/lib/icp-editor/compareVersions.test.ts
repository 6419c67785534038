import { describe, expect, it } from 'vitest';
import { backtestChartOption } from './backtestChartOption';
import { summarizeBacktest, transitionMatrix } from './compareVersions';

describe('transitionMatrix', () => {
	it('counts moves between tiers and in and out of the ICP', () => {
		const m = transitionMatrix([
			{ tier_x: 'A', tier_y: 'A', accounts: 10 },
			{ tier_x: 'A', tier_y: 'out', accounts: 3 },
			{ tier_x: 'C', tier_y: 'B', accounts: 4 },
			{ tier_x: 'B', tier_y: 'A', accounts: 2 },
			{ tier_x: 'out', tier_y: 'C', accounts: 5 }
		]);
		expect(m).toMatchObject({ total: 24, moved: 14, enteredIcp: 4, leftIcp: 3 });
		expect(m.counts.A).toEqual({ A: 10, B: 0, C: 0, out: 3 });
		expect(m.counts.out.C).toBe(5);
	});
});

describe('summarizeBacktest', () => {
	it('gives the advantage with Newcombe’s interval (Newcombe 1998, Stat Med 17:873, example (a): 56/70 − 48/80, method 10: 0.0524 to 0.3339)', () => {
		const s = summarizeBacktest({ icp: { won: 56, lost: 14 }, nonIcp: { won: 48, lost: 32 }, unknown: { won: 1, lost: 2 } });
		expect(s.icp).toMatchObject({ won: 56, closed: 70, rate: 0.8 });
		expect(s.nonIcp).toMatchObject({ won: 48, closed: 80, rate: 0.6 });
		expect(s.advantage.diff).toBeCloseTo(0.2, 12);
		expect(s.advantage.low).toBeCloseTo(0.0524, 4);
		expect(s.advantage.high).toBeCloseTo(0.3339, 4);
		expect(s.unknownClosed).toBe(3);
	});

	it('has no estimate when a group has no closed deals', () => {
		const s = summarizeBacktest({ icp: { won: 0, lost: 0 }, nonIcp: { won: 3, lost: 4 }, unknown: { won: 0, lost: 0 } });
		expect(s.advantage.diff).toBeNaN();
	});
});

describe('backtestChartOption', () => {
	const sides = [
		{ label: 'Saved · version <b>2</b>', summary: summarizeBacktest({ icp: { won: 56, lost: 14 }, nonIcp: { won: 48, lost: 32 }, unknown: { won: 0, lost: 0 } }) },
		{ label: 'Draft · version 2', summary: summarizeBacktest({ icp: { won: 0, lost: 0 }, nonIcp: { won: 3, lost: 4 }, unknown: { won: 0, lost: 0 } }) }
	];
	const option = backtestChartOption(sides) as {
		yAxis: { data: string[] };
		xAxis: { min: (e: { min: number }) => number; max: (e: { max: number }) => number };
		tooltip: { formatter: (p: { value: [number, number] }) => string };
		series: { type: string; data: number[][] }[];
	};

	it('draws the advantage and its interval in percentage points, and nothing for a side without an estimate', () => {
		expect(option.yAxis.data).toEqual(['Saved · version <b>2</b>', 'Draft · version 2']);
		const [interval, missing, points] = option.series;
		expect(interval.data.map(([x, y]) => [Number(x.toFixed(2)), y])).toEqual([
			[5.24, 0],
			[33.39, 0]
		]);
		expect(missing.data).toEqual([]);
		expect(points.data.map(([x, y]) => [Number(x.toFixed(6)), y])).toEqual([[20, 0]]);
	});

	it('keeps zero (no advantage) on the axis', () => {
		expect(option.xAxis.min({ min: 5.2 })).toBe(0);
		expect(option.xAxis.max({ max: 33.4 })).toBe(34);
		expect(option.xAxis.min({ min: -7.5 })).toBe(-8);
		expect(option.xAxis.max({ max: -2 })).toBe(0);
	});

	it('escapes the user’s labels in the tooltip', () => {
		const html = option.tooltip.formatter({ value: [20, 0] });
		expect(html).toContain('Saved · version &lt;b&gt;2&lt;/b&gt;');
		expect(html).not.toContain('<b>');
		expect(html).toContain('+20.0 pts');
	});
});
