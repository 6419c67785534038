import type { ChartOption } from './echarts';

export interface SparklineSeries {
	months: string[];
	icp: (number | null)[];
	nonIcp: (number | null)[];
}

/** A tiny two-line chart for a KPI card: shape only, no axes; the card prints the numbers. */
export function sparklineOption(series: SparklineSeries): ChartOption {
	const line = (name: string, data: (number | null)[], color: string) => ({
		name,
		type: 'line',
		data,
		showSymbol: false,
		connectNulls: false,
		lineStyle: { width: 1.5, color },
		itemStyle: { color },
		silent: true
	});
	return {
		animation: false,
		grid: { left: 2, right: 2, top: 4, bottom: 2 },
		xAxis: { type: 'category', data: series.months, show: false },
		yAxis: { type: 'value', show: false, scale: true },
		series: [line('ICP', series.icp, '#1f77b4'), line('Non-ICP', series.nonIcp, '#d9822b')]
	};
}
