import { formatCount, formatMoney, formatPercent } from '../format/formatNumbers';
import type { CltvFigures, CltvResult } from '../kpis/cltv';
import { formatInterval, formatMoneyDifference } from './formatEstimates';
import type { HeadlineStat } from './headline';

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

/** Good when the ICP interval lies wholly above the non-ICP one, bad when wholly below. */
function separation(icp: CltvFigures, nonIcp: CltvFigures): HeadlineStat['tone'] {
	const a = icp.cltv;
	const b = nonIcp.cltv;
	if (a.low === null || a.high === null || b.low === null || b.high === null) return 'neutral';
	if (a.low > b.high) return 'good';
	if (a.high < b.low) return 'bad';
	return 'neutral';
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
			value: formatMoneyDifference(advantage.cltv),
			detail: `survival-based ${formatMoneyDifference(result.survival.advantage)} · intervals per group in the table`,
			tone: separation(icp, nonIcp),
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
