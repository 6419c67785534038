import { formatCount, formatMoney, formatPercent } from '../format/formatNumbers';
import type { CltvFigures, CltvResult } from '../kpis/cltv';
import { formatInterval, formatMoneyDifference } from './formatEstimates';
import { advantageTone, type HeadlineStat } from './headline';

function cltvStat(id: string, label: string, f: CltvFigures, confidence: string): HeadlineStat {
	return {
		id,
		label,
		value: formatMoney(f.cltv.value),
		detail: `n = ${formatCount(f.customers)} customers · ${confidence} CI ${formatInterval(f.cltv.low, f.cltv.high, formatMoney)}`,
		tone: 'neutral',
		enoughData: f.enoughData
	};
}

/** Churn-based CLTV ICP and non-ICP, the difference, and the settings every CLTV depends on. */
export function cltvHeadline(result: CltvResult, settings: { churnFloor: number }, confidence: string): HeadlineStat[] {
	const { icp, nonIcp, advantage } = result.period;
	return [
		cltvStat('icp', 'ICP CLTV (churn-based)', icp, confidence),
		cltvStat('non-icp', 'Non-ICP CLTV (churn-based)', nonIcp, confidence),
		{
			id: 'advantage',
			label: 'ICP − non-ICP CLTV',
			value: formatMoneyDifference(advantage.cltv.diff),
			detail: `${confidence} CI ${formatInterval(advantage.cltv.low, advantage.cltv.high, formatMoneyDifference)} · survival-based ${formatMoneyDifference(result.survival.advantage)}`,
			tone: advantageTone(advantage.cltv.low, advantage.cltv.high),
			enoughData: result.period.enoughData
		},
		{
			id: 'settings',
			label: 'Gross margin (setting)',
			value: formatPercent(result.grossMargin, 0),
			detail: `horizon ${result.survival.horizonMonths} months · churn floor ${formatPercent(settings.churnFloor, 1)}/month`,
			tone: 'neutral',
			enoughData: true
		}
	];
}
