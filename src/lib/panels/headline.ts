import { formatCount, formatPercent, formatPValue } from '../format/formatNumbers';
import type { Advantage } from '../kpis/estimates';
import { formatInterval, methodName } from './formatEstimates';

/** One figure at the top of a detail page, already formatted. */
export interface HeadlineStat {
	id: string;
	label: string;
	value: string;
	/** n, interval, test: the evidence behind the value. */
	detail: string;
	tone: 'good' | 'bad' | 'neutral';
	/** False shows "Not enough data" with the detail instead of the value. */
	enoughData: boolean;
}

/** Good when the interval of "ICP better" excludes no difference, bad when it excludes it the other way. */
export function advantageTone(low: number | null, high: number | null, higherIsBetter = true): HeadlineStat['tone'] {
	if (low === null || high === null) return 'neutral';
	if (low > 0) return higherIsBetter ? 'good' : 'bad';
	if (high < 0) return higherIsBetter ? 'bad' : 'good';
	return 'neutral';
}

/** A group's rate with its n and interval; "not enough data" below min_sample. */
export function rateStat(
	id: string,
	label: string,
	estimate: { rate: number | null; low: number; high: number; n: number; enoughData: boolean },
	confidence: string,
	noun: string
): HeadlineStat {
	return {
		id,
		label,
		value: formatPercent(estimate.rate),
		detail: estimate.n === 0 ? `n = 0 ${noun}` : `n = ${formatCount(estimate.n)} ${noun} · ${confidence} CI ${formatInterval(estimate.low, estimate.high)}`,
		tone: 'neutral',
		enoughData: estimate.enoughData
	};
}

/** ICP − non-ICP with its interval and test, e.g. "+14.2 pts", "95% CI … · p < 0.001 (two-proportion z-test)". */
export function advantageStat(
	id: string,
	label: string,
	advantage: Advantage,
	format: (value: number | null) => string,
	confidence: string,
	enoughData: boolean,
	higherIsBetter = true
): HeadlineStat {
	const test = advantage.p === null ? methodName(advantage.method) : `${formatPValue(advantage.p)}, ${methodName(advantage.method)}`;
	return {
		id,
		label,
		value: format(advantage.diff),
		detail: advantage.diff === null ? 'no comparison: a group has no data' : `${confidence} CI ${formatInterval(advantage.low, advantage.high, format)} · ${test}`,
		tone: advantageTone(advantage.low, advantage.high, higherIsBetter),
		enoughData
	};
}
