import { newcombeDifference } from '../stats/newcombe';
import { twoSidedCriticalValue } from '../stats/normal';
import type { WindowEstimate } from './advantageSeries';
import { advantageTrigger } from './advantageTrigger';
import { byMonthAndGroup, inSpan, type TriggerContext } from './context';
import type { LeadConversionRow } from './inputs';
import { addDays, lastDayOfMonth } from './months';
import type { AdvantageTriggerResult } from './types';
import { formatCount, formatShare } from './wording';

/**
 * Trigger 2d, campaign conversion advantage: the share of leads (with a known account) that became
 * a deal within `conversionDays`, ICP minus non-ICP, over a rolling window of created months. A
 * window is evaluated only once its last month is that many days old, so recent leads that have
 * not had time to convert do not look like an erosion.
 */
export function conversionTrigger(rows: readonly LeadConversionRow[], context: TriggerContext, lastDate: string): AdvantageTriggerResult {
	const settings = context.settings.conversion;
	const { confidence } = context.settings;
	const z = twoSidedCriticalValue(confidence);
	const cells = byMonthAndGroup(rows);
	const mature = (month: string) => addDays(lastDayOfMonth(month), settings.conversionDays) <= lastDate;
	const totals = (months: readonly string[], group: 'icp' | 'nonIcp') =>
		months.reduce(
			(sum, month) => {
				const row = cells.get(month)?.[group];
				return row ? { converted: sum.converted + row.converted, leads: sum.leads + row.leads } : sum;
			},
			{ converted: 0, leads: 0 }
		);
	const estimate = (months: readonly string[]): WindowEstimate | null => {
		if (!months.every(mature)) return null;
		const icp = totals(months, 'icp');
		const nonIcp = totals(months, 'nonIcp');
		if (icp.leads < settings.minPerGroup || nonIcp.leads < settings.minPerGroup) return null;
		const d = newcombeDifference(icp.converted, icp.leads, nonIcp.converted, nonIcp.leads, confidence);
		return {
			icp: { value: icp.converted / icp.leads, n: icp.leads },
			nonIcp: { value: nonIcp.converted / nonIcp.leads, n: nonIcp.leads },
			advantage: d.diff,
			low: d.low,
			high: d.high,
			se: (d.high - d.low) / (2 * z)
		};
	};
	return advantageTrigger({
		spec: {
			id: 'campaign-conversion',
			title: 'Campaign conversion advantage',
			unit: 'points',
			parity: 0,
			floor: settings.floor,
			windowMonths: settings.windowMonths,
			describeGroup: (group, m) => `${formatShare(m.value)} of ${formatCount(m.n)} ${group} leads became a deal within ${settings.conversionDays} days`,
			claim: 'leads convert better than the rest',
			action: 'Review the ICP and the campaigns: check which campaigns now bring ICP leads that do not convert, and whether targeting or messaging drifted.',
			evidenceUnit: 'share'
		},
		context,
		estimate,
		reference: estimate(context.months.filter((m) => inSpan(m, context.reference))),
		referenceSpan: context.reference
	});
}
