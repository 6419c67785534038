import type { ChartOption } from '../charts/echarts';
import { formatCount } from '../format/formatNumbers';
import type { CycleDistribution, SalesCycleMonth } from '../kpis/salesCycle';
import { bandedLinesOption } from './bandedLinesOption';
import { formatDays } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import type { RatePoint } from './rateBandSeries';

export type CycleStatus = 'won' | 'lost';

/** Median with the interquartile range as its band; months under min_sample deals are left blank. */
function point(month: string, d: CycleDistribution, minSample: number): RatePoint {
	return d.n >= minSample ? { month, rate: d.median, low: d.p25, high: d.p75 } : { month, rate: null, low: null, high: null };
}

function describe(d: CycleDistribution, minSample: number) {
	return {
		value: d.n >= minSample ? `median ${formatDays(d.median)}` : 'not enough data',
		detail: d.n === 0 ? 'n = 0' : `IQR ${formatDays(d.p25)} to ${formatDays(d.p75)} · n = ${formatCount(d.n)}`
	};
}

/** Days from creation to close of deals closed in each month (won or lost), ICP vs non-ICP, median with IQR band. */
export function cycleByMonthOption(months: readonly SalesCycleMonth[], status: CycleStatus, minSample: number): ChartOption {
	return bandedLinesOption({
		categories: months.map((m) => m.month),
		axisLabel: (v) => `${v} d`,
		yMin: 0,
		yName: 'Days to close',
		lines: [
			{
				name: 'ICP',
				color: ICP_COLOR,
				points: months.map((m) => point(m.month, m.icp[status], minSample)),
				describe: (i) => describe(months[i].icp[status], minSample)
			},
			{
				name: 'Non-ICP',
				color: NON_ICP_COLOR,
				points: months.map((m) => point(m.month, m.nonIcp[status], minSample)),
				describe: (i) => describe(months[i].nonIcp[status], minSample)
			}
		]
	});
}
