import type { ChartOption } from '../charts/echarts';
import { formatPercent } from '../format/formatNumbers';
import type { WinRateGroup, WinRateMonth } from '../kpis/winRate';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import { rateBandSeries, type RatePoint } from './rateBandSeries';
import { tooltipHeader, tooltipRow } from './tooltip';

/** A month is drawn only when the group has min_sample closed deals in it; otherwise it is noise. */
function point(month: string, group: WinRateGroup): RatePoint {
	return group.enoughData ? { month, rate: group.rate, low: group.low, high: group.high } : { month, rate: null, low: null, high: null };
}

function tooltipLine(label: string, color: string, group: WinRateGroup): string {
	const rate = group.enoughData ? `${formatPercent(group.rate)} (${formatPercent(group.low)}–${formatPercent(group.high)})` : 'not enough data';
	return tooltipRow(label, color, rate, `${group.won} won / ${group.lost} lost`);
}

/** Win rate by close month, ICP vs non-ICP, with Wilson intervals as bands and counts in the tooltip. */
export function winRateByMonthOption(months: readonly WinRateMonth[]): ChartOption {
	const byMonth = new Map(months.map((m) => [m.month, m]));
	return {
		animation: false,
		grid: { left: 48, right: 16, top: 36, bottom: 32 },
		legend: { data: ['ICP', 'Non-ICP'], top: 0 },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { axisValue: string }[]) => {
				const month = byMonth.get(params[0]?.axisValue ?? '');
				if (!month) return '';
				return [
					tooltipHeader(month.month),
					tooltipLine('ICP', ICP_COLOR, month.icp),
					tooltipLine('Non-ICP', NON_ICP_COLOR, month.nonIcp)
				].join('<br/>');
			}
		},
		xAxis: { type: 'category', data: months.map((m) => m.month), boundaryGap: false },
		yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
		series: [
			...rateBandSeries('ICP', ICP_COLOR, months.map((m) => point(m.month, m.icp))),
			...rateBandSeries('Non-ICP', NON_ICP_COLOR, months.map((m) => point(m.month, m.nonIcp)))
		]
	};
}
