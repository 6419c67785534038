import { newcombeDifference } from '../stats/newcombe';
import { normalTwoSidedP, twoSidedCriticalValue } from '../stats/normal';
import { twoProportionTest } from '../stats/twoProportionTest';
import { wilsonInterval } from '../stats/wilson';
import type { ReportSettings } from './reportFilter';

/** Which side of the ICP comparison a deal or customer is on: `unknown` = account missing or not in accounts. */
export type IcpGroup = 'icp' | 'non_icp' | 'unknown';

/** A proportion x / n with its Wilson interval; rate is null when n = 0 (the interval is then [0, 1]). */
export interface RateEstimate {
	x: number;
	n: number;
	rate: number | null;
	low: number;
	high: number;
	/** n ≥ settings.minSample. */
	enoughData: boolean;
}

/** ICP minus non-ICP, with an interval and, for proportions, a test of "no difference". */
export interface Advantage {
	diff: number | null;
	low: number | null;
	high: number | null;
	p: number | null;
	method: 'z' | 'fisher' | 'bootstrap' | 'log-rank' | 'mover' | 'delta' | null;
}

export const NO_ADVANTAGE: Advantage = { diff: null, low: null, high: null, p: null, method: null };

/** The stats functions say "unknown" with NaN; results say it with null. */
export function known(value: number): number | null {
	return Number.isFinite(value) ? value : null;
}

export function ratio(numerator: number, denominator: number): number | null {
	return denominator > 0 ? numerator / denominator : null;
}

export function rateEstimate(x: number, n: number, settings: ReportSettings): RateEstimate {
	const interval = wilsonInterval(x, n, settings.confidence);
	return { x, n, rate: known(interval.rate), low: interval.low, high: interval.high, enoughData: n >= settings.minSample };
}

/** Newcombe hybrid-score interval for the difference; z-test, or Fisher's exact when a cell < 5. */
export function proportionAdvantage(icp: { x: number; n: number }, nonIcp: { x: number; n: number }, settings: ReportSettings): Advantage {
	if (icp.n === 0 || nonIcp.n === 0) return NO_ADVANTAGE;
	const interval = newcombeDifference(icp.x, icp.n, nonIcp.x, nonIcp.n, settings.confidence);
	const test = twoProportionTest(icp.x, icp.n, nonIcp.x, nonIcp.n);
	return { diff: known(interval.diff), low: interval.low, high: interval.high, p: known(test.p), method: test.method };
}

/**
 * Difference of two independent estimates with standard errors (GRR, NRR): normal interval
 * d ± z √(se₁² + se₂²) and the two-sided z-test of d = 0; the point alone without both errors.
 */
export function normalAdvantage(icp: { value: number | null; se: number | null }, nonIcp: { value: number | null; se: number | null }, settings: ReportSettings): Advantage {
	if (icp.value === null || nonIcp.value === null) return NO_ADVANTAGE;
	const diff = icp.value - nonIcp.value;
	if (icp.se === null || nonIcp.se === null) return { ...NO_ADVANTAGE, diff };
	const se = Math.hypot(icp.se, nonIcp.se);
	const half = twoSidedCriticalValue(settings.confidence) * se;
	return { diff, low: diff - half, high: diff + half, p: se > 0 ? normalTwoSidedP(diff / se) : null, method: 'delta' };
}
