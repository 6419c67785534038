import { formatPoints } from '../format/formatNumbers';
import type { WinRatePeriod } from '../kpis/winRate';
import { advantageStat, rateStat, type HeadlineStat } from './headline';

/** ICP and non-ICP win rate over the period and the ICP advantage with Newcombe interval and test. */
export function winRateHeadline(period: WinRatePeriod, confidence: string): HeadlineStat[] {
	return [
		rateStat('icp', 'ICP win rate', period.icp, confidence, 'closed deals'),
		rateStat('non-icp', 'Non-ICP win rate', period.nonIcp, confidence, 'closed deals'),
		advantageStat('advantage', 'ICP advantage', period.advantage, formatPoints, confidence, period.enoughData)
	];
}
