import type { ChartOption } from '../charts/echarts';
import { formatCount, formatMoney, formatPercent } from '../format/formatNumbers';
import type { WinRateGroup, WinRateMonth } from '../kpis/winRate';
import { bandedLinesOption } from './bandedLinesOption';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import type { RatePoint } from './rateBandSeries';

/** A month is drawn when the group has min_sample closed deals with an amount; the $ rate has no interval. */
function point(month: string, group: WinRateGroup, minSample: number): RatePoint {
	return { month, rate: group.amountN >= minSample ? group.amountRate : null, low: null, high: null };
}

function describe(group: WinRateGroup, minSample: number) {
	const missing = group.missingAmount > 0 ? ` · ${formatCount(group.missingAmount)} without amount` : '';
	return {
		value: group.amountN >= minSample ? formatPercent(group.amountRate) : 'not enough data',
		detail: `${formatMoney(group.wonAmount)} won / ${formatMoney(group.lostAmount)} lost · n = ${formatCount(group.amountN)}${missing}`
	};
}

/** "$ win rate" by close month: won amount ÷ closed amount, ICP vs non-ICP. */
export function amountWinRateByMonthOption(months: readonly WinRateMonth[], minSample: number): ChartOption {
	return bandedLinesOption({
		categories: months.map((m) => m.month),
		axisLabel: (v) => `${Math.round(v * 100)}%`,
		yMin: 0,
		lines: [
			{ name: 'ICP', color: ICP_COLOR, points: months.map((m) => point(m.month, m.icp, minSample)), describe: (i) => describe(months[i].icp, minSample) },
			{
				name: 'Non-ICP',
				color: NON_ICP_COLOR,
				points: months.map((m) => point(m.month, m.nonIcp, minSample)),
				describe: (i) => describe(months[i].nonIcp, minSample)
			}
		]
	});
}
