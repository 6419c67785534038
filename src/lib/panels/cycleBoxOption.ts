import type { ChartOption } from '../charts/echarts';
import { formatCount } from '../format/formatNumbers';
import type { CycleStats, SalesCyclePeriod } from '../kpis/salesCycle';
import { formatDays } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import { tooltipRow } from './tooltip';

interface Box {
	label: string;
	color: string;
	stats: CycleStats['won'];
}

/** The four boxes in reading order: won ICP, won non-ICP, lost ICP, lost non-ICP. */
export function cycleBoxes(period: SalesCyclePeriod): Box[] {
	return [
		{ label: 'Won · ICP', color: ICP_COLOR, stats: period.icp.won },
		{ label: 'Won · non-ICP', color: NON_ICP_COLOR, stats: period.nonIcp.won },
		{ label: 'Lost · ICP', color: ICP_COLOR, stats: period.icp.lost },
		{ label: 'Lost · non-ICP', color: NON_ICP_COLOR, stats: period.nonIcp.lost }
	];
}

const MISSING = ['-', '-', '-', '-', '-'];

/**
 * Interquartile bars for the period: the box spans p25..p75 with the median across it (the view
 * computes no extremes, so there are no whiskers), the mean as a diamond. Groups under min_sample
 * deals have no box.
 */
export function cycleBoxOption(period: SalesCyclePeriod, minSample: number): ChartOption {
	const boxes = cycleBoxes(period);
	const enough = (b: Box) => b.stats.n >= minSample && b.stats.median !== null;
	return {
		animation: false,
		grid: { left: 64, right: 24, top: 24, bottom: 56 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const box = boxes[params[0]?.dataIndex ?? -1];
				if (!box) return '';
				const s = box.stats;
				const value = enough(box) ? `median ${formatDays(s.median)}` : 'not enough data';
				return tooltipRow(box.label, box.color, value, `IQR ${formatDays(s.p25)} to ${formatDays(s.p75)} · mean ${formatDays(s.mean)} · n = ${formatCount(s.n)}`);
			}
		},
		xAxis: {
			type: 'category',
			data: boxes.map((b) => `${b.label}\nn = ${formatCount(b.stats.n)}`),
			axisLabel: { interval: 0, fontSize: 11, lineHeight: 15, margin: 10 }
		},
		yAxis: { type: 'value', min: 0, name: 'Days to close', nameLocation: 'middle', nameGap: 48, axisLabel: { formatter: (v: number) => `${v} d` } },
		series: [
			{
				name: 'IQR',
				type: 'boxplot',
				boxWidth: [24, 56],
				data: boxes.map((b) =>
					enough(b)
						? { value: [b.stats.p25, b.stats.p25, b.stats.median, b.stats.p75, b.stats.p75], itemStyle: { color: `${b.color}33`, borderColor: b.color, borderWidth: 2 } }
						: MISSING
				)
			},
			{
				name: 'Mean',
				type: 'scatter',
				symbol: 'diamond',
				symbolSize: 10,
				itemStyle: { color: '#1b2430' },
				data: boxes.map((b) => (enough(b) ? b.stats.mean : null))
			}
		]
	};
}
