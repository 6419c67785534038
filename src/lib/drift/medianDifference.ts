import { logFactorial } from '../stats/gamma';
import { normalQuantile, twoSidedCriticalValue } from '../stats/normal';
import { quantile } from '../stats/quantile';

export interface MedianDifferenceInterval {
	median1: number;
	median2: number;
	/** median1 − median2. */
	diff: number;
	se: number;
	low: number;
	high: number;
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so large n does not underflow. */
function binomialHalfCdf(k: number, n: number): number {
	let total = 0;
	const logHalfPower = n * Math.log(0.5);
	for (let i = 0; i <= k; i++) total += Math.exp(logFactorial(n) - logFactorial(i) - logFactorial(n - i) + logHalfPower);
	return total;
}

/** Standard error of a sample median from two order statistics around it (McKean & Schrader 1984, as used by Bonett & Price). */
function medianStandardError(sorted: readonly number[]): number {
	const n = sorted.length;
	const a = Math.max(1, Math.round(n / 2 - Math.sqrt(n)));
	const z0 = normalQuantile(1 - binomialHalfCdf(a - 1, n));
	return (sorted[n - a] - sorted[a - 1]) / (2 * z0);
}

/**
 * Distribution-free interval for the difference of two medians (Bonett & Price 2002, Psychological
 * Methods 7:370–383; the method of R statpsych::ci.median2). Ties are assumed rare; both groups
 * need at least 2 values, otherwise the result is NaN with an unbounded interval.
 */
export function medianDifferenceInterval(y1: readonly number[], y2: readonly number[], confidence = 0.95): MedianDifferenceInterval {
	const sorted1 = [...y1].sort((a, b) => a - b);
	const sorted2 = [...y2].sort((a, b) => a - b);
	const median1 = quantile(sorted1, 0.5);
	const median2 = quantile(sorted2, 0.5);
	if (sorted1.length < 2 || sorted2.length < 2) {
		return { median1, median2, diff: median1 - median2, se: NaN, low: -Infinity, high: Infinity };
	}
	const se = Math.hypot(medianStandardError(sorted1), medianStandardError(sorted2));
	const z = twoSidedCriticalValue(confidence);
	const diff = median1 - median2;
	return { median1, median2, diff, se, low: diff - z * se, high: diff + z * se };
}
