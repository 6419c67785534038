import { formatCount, formatPercent, formatPoints, formatPValue } from '../format/formatNumbers';
import type { WinRatePeriod, WinRateMonth } from '../kpis/winRate';
import type { KpiCardModel } from './kpiCardModel';

/** The win-rate card: current period ICP vs non-ICP, the advantage with its interval, the change since the previous period. */
export function winRateCard(
	current: WinRatePeriod,
	previous: WinRatePeriod,
	months: readonly WinRateMonth[],
	confidence: number,
	href: string
): KpiCardModel {
	const { advantage } = current;
	const previousDiff = previous.enoughData ? previous.advantage.diff : null;
	const delta =
		advantage.diff !== null && previousDiff !== null
			? `${formatPoints(advantage.diff - previousDiff)} vs ${previous.from} – ${previous.to} (${formatPoints(previousDiff)})`
			: null;
	return {
		id: 'win-rate',
		title: 'Win rate',
		definition: 'won ÷ (won + lost), deals closed in the period',
		href,
		enoughData: current.enoughData,
		insufficientReason: `ICP has ${current.icp.n} and non-ICP ${current.nonIcp.n} closed deals in ${current.from} – ${current.to}; each needs at least the minimum sample.`,
		icp: { value: formatPercent(current.icp.rate), n: formatCount(current.icp.n) },
		nonIcp: { value: formatPercent(current.nonIcp.rate), n: formatCount(current.nonIcp.n) },
		advantage: {
			value: formatPoints(advantage.diff),
			interval: `${Math.round(confidence * 100)}% CI ${formatPoints(advantage.low)} to ${formatPoints(advantage.high)} · ${formatPValue(advantage.p)}`,
			tone: advantage.low !== null && advantage.low > 0 ? 'good' : advantage.high !== null && advantage.high < 0 ? 'bad' : 'neutral'
		},
		delta,
		sparkline: {
			months: months.map((m) => m.month),
			icp: months.map((m) => (m.icp.enoughData ? m.icp.rate : null)),
			nonIcp: months.map((m) => (m.nonIcp.enoughData ? m.nonIcp.rate : null))
		}
	};
}
