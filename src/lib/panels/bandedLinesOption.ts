import type { ChartOption } from '../charts/echarts';
import { rateBandSeries, type RatePoint } from './rateBandSeries';
import { tooltipHeader, tooltipRow } from './tooltip';

/** One group's line: a value per category with its band; `describe` gives the tooltip value and detail at an index. */
export interface BandedLine {
	name: string;
	color: string;
	points: RatePoint[];
	describe: (index: number) => { value: string; detail: string };
}

export interface BandedLinesSpec {
	categories: string[];
	lines: BandedLine[];
	/** Axis tick text, e.g. v => `${v}%`. */
	axisLabel: (value: number) => string;
	xName?: string;
	yName?: string;
	/** Lowest value on the y-axis; the data's minimum when absent. */
	yMin?: number;
}

/** Lines with interval bands over a category axis (months, ages): the shape of every "by month" detail chart. */
export function bandedLinesOption(spec: BandedLinesSpec): ChartOption {
	return {
		animation: false,
		grid: { left: 64, right: 24, top: 40, bottom: spec.xName ? 52 : 32 },
		legend: { data: spec.lines.map((l) => l.name), top: 0 },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { dataIndex: number }[]) => {
				const index = params[0]?.dataIndex;
				if (index === undefined || index < 0 || index >= spec.categories.length) return '';
				return [
					tooltipHeader(spec.categories[index]),
					...spec.lines.map((line) => {
						const { value, detail } = line.describe(index);
						return tooltipRow(line.name, line.color, value, detail);
					})
				].join('<br/>');
			}
		},
		xAxis: {
			type: 'category',
			data: spec.categories,
			boundaryGap: false,
			axisLabel: { margin: 10, alignMinLabel: 'left', alignMaxLabel: 'right' },
			name: spec.xName,
			nameLocation: 'middle',
			nameGap: 30
		},
		yAxis: {
			type: 'value',
			min: spec.yMin,
			scale: spec.yMin === undefined,
			name: spec.yName,
			nameLocation: 'middle',
			nameGap: 50,
			axisLabel: { formatter: spec.axisLabel }
		},
		series: spec.lines.flatMap((line) => rateBandSeries(line.name, line.color, line.points))
	};
}
