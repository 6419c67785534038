import type { ChartOption } from '../charts/echarts';
import { formatPercent } from '../format/formatNumbers';
import type { SurvivalCurve } from '../kpis/survivalCurves';
import type { KaplanMeierStep } from '../stats/kaplanMeier';
import { tooltipHeader, tooltipRow } from './tooltip';

export interface SurvivalLine {
	name: string;
	color: string;
	curve: SurvivalCurve;
}

export interface SurvivalCurvesSpec {
	lines: SurvivalLine[];
	/** Axis title, e.g. "Days since the deal was created". */
	xName: string;
	/** Axis title, e.g. "Share still open". */
	yName: string;
	/** A time as text, e.g. t => `${t} days`. */
	formatTime: (time: number) => string;
}

/** A dashed line at 50 %: where a curve crosses it is its median time. */
const MEDIAN_LINE = {
	silent: true,
	symbol: 'none',
	lineStyle: { color: '#5b6675', type: 'dashed', width: 1 },
	label: { formatter: 'median', position: 'insideEndTop', color: '#5b6675' },
	data: [{ yAxis: 0.5 }]
};

/** The curve as drawn: S = 1 (band [1, 1]) from time 0 until the first step. */
function points(steps: readonly KaplanMeierStep[]): { time: number; survival: number; low: number; high: number }[] {
	const start = { time: 0, survival: 1, low: 1, high: 1 };
	return steps[0]?.time === 0 ? [...steps] : [start, ...steps];
}

/** S(t): the last step at or before t; 1 before the first. */
export function survivalAt(steps: readonly KaplanMeierStep[], time: number): KaplanMeierStep | null {
	let found: KaplanMeierStep | null = null;
	for (const step of steps) {
		if (step.time > time) break;
		found = step;
	}
	return found;
}

/**
 * Kaplan–Meier curves as step lines with their log(−log) Greenwood bands (a transparent lower edge
 * with the band's height stacked on it, stepping like the curve). The tooltip reads each curve at
 * the pointed time, with the number still at risk.
 */
export function survivalCurvesOption(spec: SurvivalCurvesSpec): ChartOption {
	const series = spec.lines.flatMap(({ name, color, curve }, index) => {
		const drawn = points(curve.steps);
		const stack = `band-${name}`;
		return [
			{
				name: `${name} low`,
				type: 'line',
				step: 'end',
				stack,
				data: drawn.map((p) => [p.time, p.low]),
				lineStyle: { opacity: 0 },
				symbol: 'none',
				silent: true,
				tooltip: { show: false }
			},
			{
				name: `${name} interval`,
				type: 'line',
				step: 'end',
				stack,
				data: drawn.map((p) => [p.time, p.high - p.low]),
				lineStyle: { opacity: 0 },
				areaStyle: { color, opacity: 0.15 },
				symbol: 'none',
				silent: true,
				tooltip: { show: false }
			},
			{
				name,
				type: 'line',
				step: 'end',
				data: drawn.map((p) => [p.time, p.survival]),
				symbol: 'none',
				itemStyle: { color },
				lineStyle: { color, width: 2 },
				...(index === 0 ? { markLine: MEDIAN_LINE } : {})
			}
		];
	});
	return {
		animation: false,
		grid: { left: 64, right: 24, top: 40, bottom: 52 },
		legend: { data: spec.lines.map((l) => l.name), top: 0 },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { axisValue: number }[]) => {
				const time = Number(params[0]?.axisValue);
				if (!Number.isFinite(time)) return '';
				return [
					tooltipHeader(spec.formatTime(Math.round(time))),
					...spec.lines.map(({ name, color, curve }) => {
						const step = survivalAt(curve.steps, time);
						if (!step) return tooltipRow(name, color, formatPercent(1), `n = ${curve.n}`);
						const atRisk = step.atRisk - step.events - step.censored;
						return tooltipRow(name, color, formatPercent(step.survival), `band ${formatPercent(step.low)} to ${formatPercent(step.high)} · ${atRisk} still at risk`);
					})
				].join('<br/>');
			}
		},
		xAxis: { type: 'value', min: 0, name: spec.xName, nameLocation: 'middle', nameGap: 30 },
		yAxis: {
			type: 'value',
			min: 0,
			max: 1,
			name: spec.yName,
			nameLocation: 'middle',
			nameGap: 48,
			axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` }
		},
		series
	};
}
