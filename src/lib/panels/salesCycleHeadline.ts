import { formatCount } from '../format/formatNumbers';
import type { CycleStats, SalesCyclePeriod } from '../kpis/salesCycle';
import { formatDayDifference, formatDays } from './formatEstimates';
import { advantageStat, type HeadlineStat } from './headline';

function medianStat(id: string, label: string, stats: CycleStats): HeadlineStat {
	const won = stats.won;
	return {
		id,
		label,
		value: formatDays(won.median),
		detail: `n = ${formatCount(won.n)} won deals · IQR ${formatDays(won.p25)} to ${formatDays(won.p75)}`,
		tone: 'neutral',
		enoughData: stats.enoughData
	};
}

/** Median won cycle ICP and non-ICP, and the difference with its bootstrap interval (negative = ICP faster). */
export function salesCycleHeadline(period: SalesCyclePeriod, confidence: string): HeadlineStat[] {
	return [
		medianStat('icp', 'ICP median won cycle', period.icp),
		medianStat('non-icp', 'Non-ICP median won cycle', period.nonIcp),
		advantageStat('advantage', 'ICP − non-ICP median', period.advantage, formatDayDifference, confidence, period.enoughData, false)
	];
}
