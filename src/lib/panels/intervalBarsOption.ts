import type { ChartOption } from '../charts/echarts';
import { tooltipRow } from './tooltip';

/** One bar: a value with its interval; value null = not enough data (no bar, the label says so). */
export interface IntervalBar {
	label: string;
	color: string;
	value: number | null;
	low: number | null;
	high: number | null;
	/** Plain text for the tooltip, e.g. "n = 120 · 95% CI 20% to 31%". */
	detail: string;
}

export interface IntervalBarsSpec {
	bars: IntervalBar[];
	/** Value text for ticks, and for tooltips unless `tooltipFormat` is given (e.g. "$190k" on the axis, "$190,377" on hover). */
	format: (value: number) => string;
	tooltipFormat?: (value: number) => string;
	yMin?: number;
	yMax?: number;
	yName?: string;
	/** Bars along a category y-axis, first on top: for long labels such as campaign names. */
	horizontal?: boolean;
}

const MISSING = ['-', '-', '-', '-', '-'];

/**
 * Bars with interval whiskers. ECharts has no error bar: a box plot whose box collapses onto the
 * value ([low, v, v, v, high]) draws exactly a whisker with end caps, centred on a single bar series.
 */
export function intervalBarsOption(spec: IntervalBarsSpec): ChartOption {
	const { bars, format } = spec;
	const categoryAxis = {
		type: 'category',
		data: bars.map((b) => (b.value === null ? `${b.label}\n(not enough data)` : b.label)),
		inverse: spec.horizontal,
		axisLabel: { interval: 0, fontSize: 11, lineHeight: 15, margin: 10 }
	};
	const valueAxis = {
		type: 'value',
		min: spec.yMin,
		max: spec.yMax,
		name: spec.yName,
		nameLocation: 'middle',
		nameGap: spec.horizontal ? 30 : 56,
		axisLabel: { formatter: (v: number) => format(v) }
	};
	return {
		animation: false,
		grid: spec.horizontal ? { left: 8, right: 32, top: 8, bottom: 40, containLabel: true } : { left: 72, right: 24, top: 24, bottom: 56 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const bar = bars[params[0]?.dataIndex ?? -1];
				if (!bar) return '';
				const value = bar.value === null ? 'not enough data' : (spec.tooltipFormat ?? format)(bar.value);
				return tooltipRow(bar.label, bar.color, value, bar.detail);
			}
		},
		xAxis: spec.horizontal ? valueAxis : categoryAxis,
		yAxis: spec.horizontal ? categoryAxis : valueAxis,
		series: [
			{
				name: 'value',
				type: 'bar',
				barMaxWidth: 56,
				data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.color, opacity: 0.85 } }))
			},
			{
				name: 'interval',
				type: 'boxplot',
				silent: true,
				boxWidth: [10, 18],
				itemStyle: { color: 'transparent', borderColor: '#1b2430', borderWidth: 1.5 },
				data: bars.map((b) => (b.value === null || b.low === null || b.high === null ? MISSING : [b.low, b.value, b.value, b.value, b.high]))
			}
		]
	};
}
