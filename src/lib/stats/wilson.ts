import { twoSidedCriticalValue } from './normal';

export interface RateInterval {
	/** successes / n; NaN when n = 0. */
	rate: number;
	low: number;
	high: number;
}

/** Throws unless 0 ≤ successes ≤ n are integers; shared by the proportion functions. */
export function assertCounts(successes: number, n: number, label = 'counts'): void {
	if (!Number.isInteger(successes) || !Number.isInteger(n) || successes < 0 || successes > n) {
		throw new RangeError(`${label}: expected integers 0 ≤ successes ≤ n, got ${successes} of ${n}`);
	}
}

/**
 * Wilson (1927) score interval for a binomial proportion, without continuity correction
 * (method 3 of Newcombe 1998, Stat Med 17:857–872). With n = 0 nothing is known: rate is NaN and
 * the interval is the whole [0, 1], so an empty segment draws as "no information", not as 0%.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): RateInterval {
	assertCounts(successes, n);
	if (n === 0) return { rate: NaN, low: 0, high: 1 };
	const z = twoSidedCriticalValue(confidence);
	const z2 = z * z;
	const rate = successes / n;
	const centre = 2 * successes + z2;
	const halfWidth = z * Math.sqrt(4 * successes * (1 - rate) + z2);
	const denominator = 2 * (n + z2);
	return {
		rate,
		low: successes === 0 ? 0 : (centre - halfWidth) / denominator,
		high: successes === n ? 1 : (centre + halfWidth) / denominator
	};
}
