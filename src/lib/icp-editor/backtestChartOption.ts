import type { ChartOption } from '../charts/echarts';
import { escapeHtml } from '../format/escapeHtml';
import { formatPoints } from '../format/formatNumbers';
import type { BacktestSummary } from './compareVersions';

export interface BacktestSide {
	/** The definition's label as the user sees it, e.g. "Draft · version 2" (user text: escaped in tooltips). */
	label: string;
	summary: BacktestSummary;
}

const COLOR = '#1f77b4';

/**
 * A forest plot of the backtest: per compared definition, the ICP win-rate advantage in percentage
 * points as a dot with its 95% Newcombe interval as a bar, and a line at zero (no advantage), always in
 * view so the distance from "no advantage" reads at a glance. A side
 * with no closed deals in a group has no estimate and draws nothing.
 */
export function backtestChartOption(sides: readonly BacktestSide[]): ChartOption {
	const known = (s: BacktestSide) => Number.isFinite(s.summary.advantage.diff);
	const tooltip = (index: number) => {
		const side = sides[index];
		if (!side) return '';
		const { diff, low, high } = side.summary.advantage;
		return `${escapeHtml(side.label)}<br>ICP advantage ${escapeHtml(formatPoints(diff))}<br>95% interval ${escapeHtml(formatPoints(low))} to ${escapeHtml(formatPoints(high))}`;
	};
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 12, bottom: 40, containLabel: true },
		xAxis: {
			type: 'value',
			name: 'ICP win-rate advantage (percentage points)',
			nameLocation: 'middle',
			nameGap: 26,
			min: (extent: { min: number }) => Math.min(0, Math.floor(extent.min)),
			max: (extent: { max: number }) => Math.max(0, Math.ceil(extent.max))
		},
		yAxis: { type: 'category', data: sides.map((s) => s.label), inverse: true, axisTick: { show: false } },
		tooltip: {
			trigger: 'item',
			formatter: (params: { value: [number, number] }) => tooltip(params.value[1])
		},
		series: [
			...sides.map((side, i) => ({
				type: 'line',
				name: `interval ${i}`,
				data: known(side) ? [[side.summary.advantage.low * 100, i], [side.summary.advantage.high * 100, i]] : [],
				symbol: 'rect',
				symbolSize: [2, 14],
				lineStyle: { width: 3, color: COLOR, opacity: 0.45 },
				itemStyle: { color: COLOR }
			})),
			{
				type: 'scatter',
				name: 'advantage',
				data: sides.flatMap((side, i) => (known(side) ? [[side.summary.advantage.diff * 100, i]] : [])),
				symbolSize: 12,
				itemStyle: { color: COLOR },
				markLine: { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#5b6675', type: 'dashed' }, data: [{ xAxis: 0 }] }
			}
		]
	};
}
