import type { WindowEstimate } from './advantageSeries';
import { advantageTrigger } from './advantageTrigger';
import { byMonthAndGroup, inSpan, type TriggerContext } from './context';
import type { WonCyclesRow } from './inputs';
import { medianDifferenceInterval } from './medianDifference';
import type { AdvantageTriggerResult } from './types';
import { formatCount } from './wording';

/**
 * Trigger 2a, sales-cycle advantage: non-ICP minus ICP median days from created to won, over a
 * rolling window of close months (Bonett–Price interval); positive while ICP deals close faster.
 */
export function cycleTrigger(rows: readonly WonCyclesRow[], context: TriggerContext): AdvantageTriggerResult {
	const settings = context.settings.cycle;
	const cells = byMonthAndGroup(rows);
	const pooled = (months: readonly string[], group: 'icp' | 'nonIcp') => months.flatMap((m) => cells.get(m)?.[group]?.cycleDays ?? []);
	const estimate = (months: readonly string[]): WindowEstimate | null => {
		const icp = pooled(months, 'icp');
		const nonIcp = pooled(months, 'nonIcp');
		if (icp.length < settings.minPerGroup || nonIcp.length < settings.minPerGroup) return null;
		const d = medianDifferenceInterval(nonIcp, icp, context.settings.confidence);
		return {
			icp: { value: d.median2, n: icp.length },
			nonIcp: { value: d.median1, n: nonIcp.length },
			advantage: d.diff,
			low: d.low,
			high: d.high,
			se: d.se
		};
	};
	return advantageTrigger({
		spec: {
			id: 'cycle-length',
			title: 'Sales-cycle advantage',
			unit: 'days',
			parity: 0,
			floor: settings.floor,
			windowMonths: settings.windowMonths,
			describeGroup: (group, m) => `${group} deals took a median ${m.value === null ? 'unknown' : `${m.value.toFixed(0)} days`} to win (${formatCount(m.n)} won)`,
			claim: 'deals close faster than the rest',
			action: 'Review the ICP: find out where ICP deals now stall (stages, approvals, new buyers) and whether the ICP still matches who buys quickly.',
			evidenceUnit: 'days'
		},
		context,
		estimate,
		reference: estimate(context.months.filter((m) => inSpan(m, context.reference))),
		referenceSpan: context.reference
	});
}
