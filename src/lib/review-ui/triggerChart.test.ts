import { describe, expect, it } from 'vitest';
import type { AdvantageTriggerResult, MixTriggerResult, StalenessTriggerResult, TriggerId } from '../drift/types';
import { advantageTriggerOption } from './advantageTriggerOption';
import { mixTriggerOption } from './mixTriggerOption';
import { dueAgeDays, stalenessTriggerOption } from './stalenessTriggerOption';
import { triggerChartState, triggerSeriesTable } from './triggerChart';
import { syntheticReport } from './testReport';

const report = syntheticReport();
const trigger = (id: TriggerId) => report.triggers.find((t) => t.id === id)!;
const winRate = trigger('win-rate') as AdvantageTriggerResult;
const mixDeals = trigger('mix-deals') as MixTriggerResult;
const mixIndustry = trigger('mix-industry') as MixTriggerResult;
const staleness = trigger('staleness') as StalenessTriggerResult;

interface Mark {
	xAxis?: string;
	yAxis?: number;
	label: { formatter: string; show?: boolean };
}
interface Series {
	name: string;
	type: string;
	data: unknown[];
	xAxisIndex?: number;
	stack?: string;
	stackStrategy?: string;
	markLine?: { data: Mark[] };
	markArea?: { data: [Mark, { xAxis?: string; yAxis?: number }][] };
}
interface Option {
	series: Series[];
	grid: object[] | object;
	legend: { data: string[] };
	tooltip: { formatter: (params: { axisValue: string }[]) => string };
}

const asOption = (o: unknown) => o as Option;
const series = (option: Option, name: string, xAxisIndex = 0) => option.series.find((s) => s.name === name && (s.xAxisIndex ?? 0) === xAxisIndex)!;
const areas = (option: Option, xAxisIndex = 0) =>
	series(option, 'status', xAxisIndex).markArea!.data.map(([from, to]) => ({ from: from.xAxis, to: to.xAxis, label: from.label.formatter, shown: from.label.show }));
const lineLabels = (s: Series) => s.markLine!.data.map((m) => m.label.formatter);

describe('advantageTriggerOption', () => {
	const option = asOption(advantageTriggerOption(winRate, report.settings));

	it('draws the windowed advantage, and its interval as a band stacked on the lower bound even below zero', () => {
		const line = series(option, 'ICP advantage');
		expect(line.data).toEqual(winRate.series.map((p) => p.advantage));
		const i = winRate.series.findIndex((p) => p.low !== null && p.low < 0);
		expect(i).toBeGreaterThan(-1);
		expect(series(option, 'ICP advantage low').data[i]).toBe(winRate.series[i].low);
		expect(series(option, 'ICP advantage interval').data[i]).toBeCloseTo(winRate.series[i].high! - winRate.series[i].low!, 12);
		expect(series(option, 'ICP advantage low').stackStrategy).toBe('all');
		expect(series(option, 'ICP advantage interval').stackStrategy).toBe('all');
	});

	it('marks the floor, parity, the reference and the first firing as lines', () => {
		const line = series(option, 'ICP advantage');
		expect(line.markLine!.data.map((m) => m.yAxis ?? m.xAxis)).toEqual([0.1, 0, winRate.reference.advantage, '2025-05']);
		expect(lineLabels(line)).toEqual(['watch below 10.0 points', 'no advantage (0.0 points)', expect.stringMatching(/^reference \d+\.\d points$/), 'first review 2025-05']);
	});

	it('shades the months at review as one labelled stretch, on both panels, labelled on the top one only', () => {
		expect(areas(option)).toEqual([{ from: '2025-05', to: '2025-12', label: 'review', shown: true }]);
		expect(areas(option, 1)).toEqual([{ from: '2025-05', to: '2025-12', label: 'review', shown: false }]);
	});

	it('adds the CUSUM with its decision limit in a second panel for the win rate only', () => {
		const cusum = series(option, 'CUSUM', 1);
		expect(cusum.data).toEqual(winRate.series.map((p) => p.cusum));
		expect(cusum.markLine!.data.map((m) => m.yAxis)).toEqual([report.settings.winRate.cusumH]);
		expect(option.grid).toHaveLength(2);
		const withoutCusum = asOption(advantageTriggerOption({ ...winRate, id: 'cycle-length' }, report.settings));
		expect(withoutCusum.series.some((s) => s.name === 'CUSUM')).toBe(false);
		expect(withoutCusum.legend.data).toEqual(['ICP advantage']);
	});

	it('puts each group with its n, the interval and the rule that fired in the tooltip', () => {
		const point = winRate.series.find((p) => p.month === '2025-08')!;
		const html = option.tooltip.formatter([{ axisValue: '2025-08' }]);
		expect(html).toContain(`n = ${point.icp.n.toLocaleString('en-US')}`);
		expect(html).toContain(`n = ${point.nonIcp.n.toLocaleString('en-US')}`);
		expect(html).toContain('review (interval at parity and CUSUM above its limit)');
		expect(html).toMatch(/90%: −?\d+\.\d points to \d+\.\d points/);
		expect(html).toContain(`CUSUM: <b>${point.cusum!.toFixed(1)}</b>`);
	});
});

describe('mixTriggerOption', () => {
	const option = asOption(mixTriggerOption(mixDeals, report.settings));

	it('draws the PSI of evaluated windows with the watch and review bands, and the first firing', () => {
		const psi = series(option, 'PSI');
		expect(psi.data).toEqual(mixDeals.series.map((p) => (p.evaluated ? p.psi : null)));
		expect(psi.data.slice(0, 12).every((v) => v === null)).toBe(true);
		expect(psi.markLine!.data.map((m) => m.yAxis ?? m.xAxis)).toEqual([0.1, 0.25, '2025-08']);
	});

	it('shades a month at watch then the review stretch', () => {
		expect(areas(option).map(({ from, to, label }) => ({ from, to, label }))).toEqual([
			{ from: '2025-07', to: '2025-07', label: 'watch' },
			{ from: '2025-08', to: '2025-12', label: 'review' }
		]);
	});

	it('shows the ICP share of a tier mix against the reference share and the band of immaterial moves', () => {
		const share = series(option, 'ICP share', 1);
		expect(share.data).toEqual(mixDeals.series.map((p) => p.icpShare));
		expect(share.data.at(-1)).toBeCloseTo(0.25, 12);
		const [[low, high]] = share.markArea!.data;
		expect([low.yAxis, high.yAxis].map((v) => Math.round(v! * 100))).toEqual([40, 50]);
		expect(asOption(mixTriggerOption(mixIndustry, report.settings)).series.some((s) => s.name === 'ICP share')).toBe(false);
	});

	it('escapes bin names from the data in the tooltip', () => {
		const html = asOption(mixTriggerOption(mixIndustry, report.settings)).tooltip.formatter([{ axisValue: '2025-12' }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>20.0%</b>');
	});
});

describe('stalenessTriggerOption', () => {
	const option = asOption(stalenessTriggerOption(staleness, report.settings));

	it('draws the age against the due and watch ages of the cadence', () => {
		expect(dueAgeDays(staleness)).toBe(90);
		const age = series(option, 'days since review');
		expect(age.data.slice(0, 3)).toEqual([30, 58, 89]);
		expect(age.markLine!.data.map((m) => m.yAxis ?? m.xAxis)).toEqual([90, 60, '2023-04']);
		expect(areas(option).map(({ from, to, label }) => ({ from, to, label }))).toEqual([
			{ from: '2023-03', to: '2023-03', label: 'watch' },
			{ from: '2023-04', to: '2025-12', label: 'review' }
		]);
	});

	it('escapes the ICP version name in the tooltip', () => {
		const html = option.tooltip.formatter([{ axisValue: '2024-01' }]);
		expect(html).not.toContain('<script>');
		expect(html).toContain('v2 &lt;script&gt;alert(1)&lt;/script&gt;');
	});
});

describe('triggerChartState and triggerSeriesTable', () => {
	it('says why there is no chart for a trigger that never had enough data', () => {
		const cycle = trigger('cycle-length');
		expect(triggerChartState(cycle, report.settings)).toEqual({ kind: 'insufficient', message: cycle.explanation });
		expect(triggerChartState(winRate, report.settings).kind).toBe('ready');
	});

	it('exports one row per month with the status and the numbers behind it', () => {
		const table = triggerSeriesTable(mixDeals);
		expect(table.columns).toEqual(['month', 'status', 'reason', 'evaluated', 'n', 'psi', 'chi_square', 'df', 'p', 'icp_share', 'n_A', 'n_B', 'n_C', 'n_out']);
		expect(table.rows).toHaveLength(36);
		expect(table.rows.at(-1)!.slice(0, 5)).toEqual(['2025-12', 'review', 'sustained', true, 1200]);
		expect(table.rows.at(-1)!.slice(10)).toEqual([150, 150, 450, 450]);
		expect(triggerSeriesTable(staleness).rows[0]).toEqual(['2023-01', 'ok', 30, 'v2 <script>alert(1)</script>']);
	});
});
