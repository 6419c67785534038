import type { ChartOption } from '../charts/echarts';
import { tooltipHeader, tooltipRow } from './tooltip';

/** One group's value at a category; value null = not enough data (no bar). */
export interface GroupedValue {
	value: number | null;
	low: number | null;
	high: number | null;
	/** Plain text for the tooltip. */
	detail: string;
}

export interface BarGroup {
	name: string;
	color: string;
	/** One per category, in the categories' order. */
	values: GroupedValue[];
}

export interface GroupedIntervalBarsSpec {
	categories: string[];
	groups: BarGroup[];
	format: (value: number) => string;
	yMin?: number;
	yName?: string;
}

const MISSING = ['-', '-', '-', '-', '-'];

/**
 * Grouped bars with interval whiskers: one bar series and one collapsed box-plot series per group.
 * With the default gaps (bars: 20 % category gap, 30 % bar gap; box plots: 80 % of the band, 30 %
 * gap) ECharts lays both out at the same offsets, so each whisker sits on its bar.
 */
export function groupedIntervalBarsOption(spec: GroupedIntervalBarsSpec): ChartOption {
	const { categories, groups, format } = spec;
	const bars = groups.map((g) => ({
		name: g.name,
		type: 'bar',
		itemStyle: { color: g.color, opacity: 0.85 },
		data: g.values.map((v) => v.value)
	}));
	const whiskers = groups.map((g) => ({
		name: `${g.name} interval`,
		type: 'boxplot',
		silent: true,
		boxWidth: [6, 14],
		itemStyle: { color: 'transparent', borderColor: '#1b2430', borderWidth: 1.2 },
		data: g.values.map((v) => (v.value === null || v.low === null || v.high === null ? MISSING : [v.low, v.value, v.value, v.value, v.high]))
	}));
	return {
		animation: false,
		grid: { left: 64, right: 24, top: 40, bottom: 40 },
		legend: { data: groups.map((g) => g.name), top: 0 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const index = params[0]?.dataIndex;
				if (index === undefined || index < 0 || index >= categories.length) return '';
				return [
					tooltipHeader(categories[index]),
					...groups.map((g) => {
						const v = g.values[index];
						return tooltipRow(g.name, g.color, v.value === null ? 'not enough data' : format(v.value), v.detail);
					})
				].join('<br/>');
			}
		},
		xAxis: { type: 'category', data: categories, axisLabel: { interval: 0 } },
		yAxis: {
			type: 'value',
			min: spec.yMin,
			name: spec.yName,
			nameLocation: 'middle',
			nameGap: 48,
			axisLabel: { formatter: (v: number) => format(v) }
		},
		series: [...bars, ...whiskers]
	};
}
