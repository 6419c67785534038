import { newcombeDifference } from '../stats/newcombe';
import { twoSidedCriticalValue } from '../stats/normal';
import type { WindowEstimate } from './advantageSeries';
import { advantageTrigger } from './advantageTrigger';
import { byMonthAndGroup, inSpan, type TriggerContext } from './context';
import type { WinLossRow } from './inputs';
import type { AdvantageTriggerResult } from './types';
import { formatCount, formatShare } from './wording';

interface WonLost {
	won: number;
	closed: number;
}

/**
 * Trigger 1, win-rate advantage erosion: ICP − non-ICP win rate over a rolling window of closed
 * deals (Newcombe interval), plus a one-sided CUSUM on each month's advantage standardized against
 * the reference window.
 */
export function winRateTrigger(rows: readonly WinLossRow[], context: TriggerContext): AdvantageTriggerResult {
	const settings = context.settings.winRate;
	const { confidence } = context.settings;
	const z = twoSidedCriticalValue(confidence);
	const cells = byMonthAndGroup(rows);
	const counts = (months: readonly string[], group: 'icp' | 'nonIcp'): WonLost =>
		months.reduce(
			(sum, month) => {
				const row = cells.get(month)?.[group];
				return row ? { won: sum.won + row.won, closed: sum.closed + row.won + row.lost } : sum;
			},
			{ won: 0, closed: 0 }
		);
	const estimate = (months: readonly string[]): WindowEstimate | null => {
		const icp = counts(months, 'icp');
		const nonIcp = counts(months, 'nonIcp');
		if (icp.closed < settings.minPerGroup || nonIcp.closed < settings.minPerGroup) return null;
		const d = newcombeDifference(icp.won, icp.closed, nonIcp.won, nonIcp.closed, confidence);
		return {
			icp: { value: icp.won / icp.closed, n: icp.closed },
			nonIcp: { value: nonIcp.won / nonIcp.closed, n: nonIcp.closed },
			advantage: d.diff,
			low: d.low,
			high: d.high,
			se: (d.high - d.low) / (2 * z)
		};
	};
	const referenceMonths = context.months.filter((m) => inSpan(m, context.reference));
	const reference = estimate(referenceMonths);
	const referenceIcp = counts(referenceMonths, 'icp');
	const referenceNonIcp = counts(referenceMonths, 'nonIcp');

	/** (reference advantage − this month's) / its standard error under the reference rates. */
	const shortfall = (month: string): number | null => {
		if (!reference) return null;
		const icp = counts([month], 'icp');
		const nonIcp = counts([month], 'nonIcp');
		if (icp.closed < settings.cusumMinPerGroup || nonIcp.closed < settings.cusumMinPerGroup) return null;
		const p1 = referenceIcp.won / referenceIcp.closed;
		const p2 = referenceNonIcp.won / referenceNonIcp.closed;
		const variance =
			p1 * (1 - p1) * (1 / icp.closed + 1 / referenceIcp.closed) + p2 * (1 - p2) * (1 / nonIcp.closed + 1 / referenceNonIcp.closed);
		if (!(variance > 0)) return null;
		return (p1 - p2 - (icp.won / icp.closed - nonIcp.won / nonIcp.closed)) / Math.sqrt(variance);
	};

	return advantageTrigger({
		spec: {
			id: 'win-rate',
			title: 'Win-rate advantage',
			unit: 'points',
			parity: 0,
			floor: settings.floor,
			windowMonths: settings.windowMonths,
			describeGroup: (group, m) => `${group} deals won ${formatShare(m.value)} of ${formatCount(m.n)} closed`,
			claim: 'deals win more often than the rest',
			action:
				'Review the ICP: see which tiers and segments lost ground, and ask sales what changed for them (competition, pricing, product fit).',
			evidenceUnit: 'share'
		},
		context,
		estimate,
		reference,
		referenceSpan: context.reference,
		cusum: { shortfall, startAfter: context.reference.to, k: settings.cusumK, h: settings.cusumH }
	});
}
