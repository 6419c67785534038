import { median, quantile } from './quantile';
import { seededRandom, type Random } from './random';

export interface BootstrapOptions {
	iterations?: number;
	/** Same seed, same data → identical interval. */
	seed?: number;
	confidence?: number;
}

export interface BootstrapInterval {
	diff: number;
	low: number;
	high: number;
}

/**
 * Percentile bootstrap interval for median(a) − median(b): both samples resampled independently
 * with replacement, `iterations` times, from seededRandom(seed); the interval is the type-7
 * quantiles (1 ∓ confidence)/2 of the resampled differences. NaN everywhere when a sample is empty.
 */
export function bootstrapMedianDifference(
	a: readonly number[],
	b: readonly number[],
	{ iterations = 2000, seed = 1, confidence = 0.95 }: BootstrapOptions = {}
): BootstrapInterval {
	if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError(`bootstrap iterations must be a positive integer, got ${iterations}`);
	if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
	if (a.length === 0 || b.length === 0) return { diff: NaN, low: NaN, high: NaN };
	const sortedA = [...a].sort((x, y) => x - y);
	const sortedB = [...b].sort((x, y) => x - y);
	const random = seededRandom(seed);
	const diffs = new Float64Array(iterations);
	for (let i = 0; i < iterations; i++) {
		diffs[i] = resampledMedian(sortedA, random) - resampledMedian(sortedB, random);
	}
	diffs.sort();
	const tail = (1 - confidence) / 2;
	const ordered = Array.from(diffs);
	return { diff: median(a) - median(b), low: quantile(ordered, tail), high: quantile(ordered, 1 - tail) };
}

/**
 * Median of one resample of `sorted`, in O(n) without sorting: draw n indices, count how often each
 * rank was drawn, then walk the counts to the middle rank(s) of the resample.
 */
export function resampledMedian(sorted: readonly number[], random: Random): number {
	const n = sorted.length;
	const draws = new Uint32Array(n);
	for (let i = 0; i < n; i++) draws[random.int(0, n - 1)]++;
	const lowerRank = Math.floor((n - 1) / 2);
	const upperRank = Math.floor(n / 2);
	let seen = 0;
	let lower = NaN;
	for (let k = 0; k < n; k++) {
		seen += draws[k];
		if (Number.isNaN(lower) && seen > lowerRank) lower = sorted[k];
		if (seen > upperRank) return (lower + sorted[k]) / 2;
	}
	return lower;
}
