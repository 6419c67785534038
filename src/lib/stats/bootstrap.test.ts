import { describe, expect, it } from 'vitest';
import {
	binomialUpperTail,
	bootstrapMedianDifference,
	differencePercentile,
	medianOfCounts,
	resampledMedianDistribution,
	valueCounts,
	type DiscreteDistribution
} from './bootstrap';
import { logFactorial } from './gamma';
import { median } from './quantile';
import { seededRandom } from './random';

function sample(seed: number, n: number, medianValue: number, round = false): number[] {
	const random = seededRandom(seed);
	return Array.from({ length: n }, () => {
		const v = random.logNormal(medianValue, 0.6);
		return round ? Math.round(v) : v;
	});
}

/** Every one of the n^n equally likely resamples, enumerated: the definition, without any algebra. */
function enumeratedMedianDistribution(data: readonly number[]): Map<number, number> {
	const n = data.length;
	const counts = new Map<number, number>();
	const picks = new Array<number>(n).fill(0);
	const total = n ** n;
	for (let r = 0; r < total; r++) {
		let rest = r;
		for (let i = 0; i < n; i++) {
			picks[i] = data[rest % n];
			rest = Math.floor(rest / n);
		}
		const m = median(picks);
		counts.set(m, (counts.get(m) ?? 0) + 1 / total);
	}
	return counts;
}

describe('resampledMedianDistribution', () => {
	it.each([
		['odd, distinct', [3, 9, 4, 1, 7]],
		['odd, ties', [2, 2, 5, 8, 8]],
		['even, distinct', [10, 40, 20, 30]],
		['even, ties', [1, 1, 4, 6, 6, 9]],
		['even, all equal but one', [5, 5, 5, 7]],
		['one value', [4]],
		['two values', [1, 3]]
	])('equals the enumeration of all n^n resamples (%s)', (_, data) => {
		const exact = resampledMedianDistribution(data);
		const enumerated = enumeratedMedianDistribution(data);
		expect(exact.values).toEqual([...enumerated.keys()].sort((a, b) => a - b));
		exact.values.forEach((v, i) => expect(exact.probabilities[i]).toBeCloseTo(enumerated.get(v)!, 12));
	});

	it('sums to 1 and matches 30,000 Monte Carlo resamples of a larger sample with ties', () => {
		const data = sample(4, 200, 40, true);
		const exact = resampledMedianDistribution(data);
		expect(exact.probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 10);
		const random = seededRandom(8);
		const draws = 30_000;
		const counts = new Map<number, number>();
		for (let i = 0; i < draws; i++) {
			const m = median(Array.from({ length: data.length }, () => data[random.int(0, data.length - 1)]));
			counts.set(m, (counts.get(m) ?? 0) + 1);
		}
		exact.values.forEach((v, i) => {
			const p = exact.probabilities[i];
			// 5 binomial standard errors of a frequency out of 30,000 draws
			expect(Math.abs((counts.get(v) ?? 0) / draws - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / draws) + 1e-6);
		});
	});
});

describe('binomialUpperTail', () => {
	it('equals the sum of the binomial probabilities', () => {
		for (const [n, p, m] of [
			[10, 0.3, 4],
			[10, 0.3, 1],
			[25, 0.5, 13],
			[40, 0.9, 30],
			[7, 0.01, 7]
		]) {
			let sum = 0;
			for (let k = m; k <= n; k++) sum += Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log(1 - p));
			expect(binomialUpperTail(n, p, m)).toBeCloseTo(sum, 13);
		}
	});

	it('handles the edges', () => {
		expect(binomialUpperTail(10, 0, 1)).toBe(0);
		expect(binomialUpperTail(10, 1, 10)).toBe(1);
		expect(binomialUpperTail(10, 0.4, 0)).toBe(1);
		expect(binomialUpperTail(10, 0.4, 11)).toBe(0);
	});
});

describe('differencePercentile', () => {
	/** X − Y built pair by pair, and its quantile read off the cumulative sum. */
	function convolvedPercentile(x: DiscreteDistribution, y: DiscreteDistribution, q: number): number {
		const masses = new Map<number, number>();
		x.values.forEach((xv, i) => y.values.forEach((yv, j) => masses.set(xv - yv, (masses.get(xv - yv) ?? 0) + x.probabilities[i] * y.probabilities[j])));
		let cumulative = 0;
		for (const [d, p] of [...masses].sort((m, n) => m[0] - n[0])) {
			cumulative += p;
			if (cumulative >= q - 1e-12) return d;
		}
		return NaN;
	}

	it('takes the smallest difference whose cumulative probability reaches the level', () => {
		const coin = { values: [0, 1], probabilities: [0.5, 0.5] };
		expect(differencePercentile(coin, coin, 0.25)).toBe(-1);
		expect(differencePercentile(coin, coin, 0.26)).toBe(0);
		expect(differencePercentile(coin, coin, 0.75)).toBe(0);
		expect(differencePercentile(coin, coin, 0.76)).toBe(1);
	});

	it('equals the quantile of the explicit convolution on resampled medians', () => {
		const x = resampledMedianDistribution(sample(21, 30, 45, true));
		const y = resampledMedianDistribution(sample(22, 45, 30));
		for (const q of [0.005, 0.025, 0.05, 0.5, 0.95, 0.975, 0.995]) {
			expect(differencePercentile(x, y, q)).toBeCloseTo(convolvedPercentile(x, y, q), 9);
		}
	});
});

describe('bootstrapMedianDifference', () => {
	const a = sample(1, 80, 45);
	const b = sample(2, 120, 30);

	it('is deterministic: the same data gives the identical interval', () => {
		expect(bootstrapMedianDifference(a, b)).toEqual(bootstrapMedianDifference([...a].reverse(), b));
	});

	it('centres on the observed difference of medians and brackets it', () => {
		const result = bootstrapMedianDifference(a, b);
		expect(result.diff).toBe(median(a) - median(b));
		expect(result.low).toBeLessThan(result.diff);
		expect(result.high).toBeGreaterThan(result.diff);
	});

	it('equals the percentiles of many Monte Carlo resampled differences', () => {
		const x = sample(11, 41, 45, true);
		const y = sample(12, 60, 30, true);
		const random = seededRandom(3);
		const resampled = (data: number[]) => median(Array.from({ length: data.length }, () => data[random.int(0, data.length - 1)]));
		const diffs = Array.from({ length: 40_000 }, () => resampled(x) - resampled(y)).sort((p, q) => p - q);
		const exact = bootstrapMedianDifference(x, y, { confidence: 0.9 });
		// integer data: the Monte Carlo percentiles land on the same atoms, or the next one
		expect(Math.abs(diffs[Math.floor(0.05 * diffs.length)] - exact.low)).toBeLessThanOrEqual(1);
		expect(Math.abs(diffs[Math.floor(0.95 * diffs.length)] - exact.high)).toBeLessThanOrEqual(1);
	});

	it('widens with the confidence level and narrows with more data', () => {
		const c80 = bootstrapMedianDifference(a, b, { confidence: 0.8 });
		const c95 = bootstrapMedianDifference(a, b, { confidence: 0.95 });
		expect(c95.high - c95.low).toBeGreaterThan(c80.high - c80.low);
		const big = bootstrapMedianDifference(sample(1, 2000, 45), sample(2, 2000, 30));
		expect(big.high - big.low).toBeLessThan((c95.high - c95.low) / 2);
	});

	it('covers the true difference about 95% of the time (400 simulated studies)', () => {
		let covered = 0;
		const studies = 400;
		for (let s = 0; s < studies; s++) {
			const ci = bootstrapMedianDifference(sample(1000 + s, 61, 45), sample(5000 + s, 61, 30));
			if (ci.low <= 15 && 15 <= ci.high) covered++;
		}
		// the percentile bootstrap of a median runs somewhat below nominal at n = 61
		expect(covered / studies).toBeGreaterThan(0.88);
		expect(covered / studies).toBeLessThanOrEqual(0.99);
	});

	it('gives a degenerate interval when every resample has the same median', () => {
		expect(bootstrapMedianDifference([5], [2])).toEqual({ diff: 3, low: 3, high: 3 });
		expect(bootstrapMedianDifference([4, 4, 4], [1, 1])).toEqual({ diff: 3, low: 3, high: 3 });
	});

	it('returns NaN for an empty sample and rejects a bad confidence', () => {
		expect(bootstrapMedianDifference([], [1, 2])).toEqual({ diff: NaN, low: NaN, high: NaN });
		expect(() => bootstrapMedianDifference([1], [2], { confidence: 1 })).toThrow(RangeError);
	});
});

describe('value counts', () => {
	it('give the same interval and median as the sample they count', () => {
		const a = sample(31, 300, 45, true);
		const b = sample(32, 211, 30, true);
		expect(bootstrapMedianDifference(valueCounts(a), valueCounts(b))).toEqual(bootstrapMedianDifference(a, b));
		expect(medianOfCounts(valueCounts(a))).toBe(median(a));
		expect(medianOfCounts(valueCounts(b))).toBe(median(b));
		expect(valueCounts([3, 1, 3, 2, 3])).toEqual({ values: [1, 2, 3], counts: [1, 1, 3] });
	});
});
