import { newcombeDifference } from '../stats/newcombe';
import { twoSidedCriticalValue } from '../stats/normal';
import type { WindowEstimate } from './advantageSeries';
import { advantageTrigger } from './advantageTrigger';
import { byMonthAndGroup, type TriggerContext } from './context';
import type { LogoRetentionRow } from './inputs';
import { addMonths } from './months';
import type { AdvantageTriggerResult } from './types';
import { formatCount, formatShare } from './wording';

/** Logo retention looks back this many months. */
const LOOKBACK = 12;

/**
 * Trigger 2b, 12-month logo retention advantage: of the customers paying 12 months earlier, the
 * share still paying, ICP minus non-ICP. Each month is its own window: it already covers every
 * customer, and pooling overlapping months would count the same accounts several times. The
 * reference is the months whose look-back starts in the reference window.
 */
export function retentionTrigger(rows: readonly LogoRetentionRow[], context: TriggerContext): AdvantageTriggerResult {
	const settings = context.settings.retention;
	const { confidence } = context.settings;
	const z = twoSidedCriticalValue(confidence);
	const cells = byMonthAndGroup(rows);
	const totals = (months: readonly string[], group: 'icp' | 'nonIcp') =>
		months.reduce(
			(sum, month) => {
				const row = cells.get(month)?.[group];
				return row ? { retained: sum.retained + row.retained, customers: sum.customers + row.customers } : sum;
			},
			{ retained: 0, customers: 0 }
		);
	const estimate = (months: readonly string[]): WindowEstimate | null => {
		const icp = totals(months, 'icp');
		const nonIcp = totals(months, 'nonIcp');
		if (icp.customers < settings.minPerGroup || nonIcp.customers < settings.minPerGroup) return null;
		const d = newcombeDifference(icp.retained, icp.customers, nonIcp.retained, nonIcp.customers, confidence);
		return {
			icp: { value: icp.retained / icp.customers, n: icp.customers },
			nonIcp: { value: nonIcp.retained / nonIcp.customers, n: nonIcp.customers },
			advantage: d.diff,
			low: d.low,
			high: d.high,
			se: (d.high - d.low) / (2 * z)
		};
	};
	const referenceSpan = { from: addMonths(context.reference.from, LOOKBACK), to: addMonths(context.reference.to, LOOKBACK) };
	const referenceMonths = Array.from(cells.keys()).filter((m) => m >= referenceSpan.from && m <= referenceSpan.to);
	return advantageTrigger({
		spec: {
			id: 'retention',
			title: '12-month logo retention advantage',
			unit: 'points',
			parity: 0,
			floor: settings.floor,
			windowMonths: 1,
			describeGroup: (group, m) => `${formatShare(m.value)} of ${formatCount(m.n)} ${group} customers from 12 months earlier still paid`,
			claim: 'customers stay longer than the rest',
			action: 'Review the ICP: look at why recent ICP customers churned (onboarding, product gaps, wrong buyer) before acquiring more of them.',
			evidenceUnit: 'share'
		},
		context,
		estimate,
		reference: estimate(referenceMonths),
		referenceSpan
	});
}
