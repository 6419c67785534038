import { describe, expect, it } from 'vitest';
import { bootstrapMedianDifference, resampledMedian } from './bootstrap';
import { median, quantile } from './quantile';
import { seededRandom } from './random';

function sample(seed: number, n: number, medianValue: number): number[] {
	const random = seededRandom(seed);
	return Array.from({ length: n }, () => random.logNormal(medianValue, 0.6));
}

describe('resampledMedian', () => {
	it('equals the median of the explicit resample drawn with the same random stream', () => {
		const sorted = sample(3, 101, 30).sort((a, b) => a - b);
		const evenSorted = sorted.slice(0, 100);
		for (const data of [sorted, evenSorted]) {
			const fast = seededRandom(11);
			const naive = seededRandom(11);
			for (let i = 0; i < 50; i++) {
				const explicit = Array.from({ length: data.length }, () => data[naive.int(0, data.length - 1)]);
				expect(resampledMedian(data, fast)).toBe(median(explicit));
			}
		}
	});
});

describe('bootstrapMedianDifference', () => {
	const a = sample(1, 80, 45);
	const b = sample(2, 120, 30);

	it('is reproducible: same seed → identical result, another seed → a different one', () => {
		const first = bootstrapMedianDifference(a, b, { seed: 42 });
		expect(bootstrapMedianDifference(a, b, { seed: 42 })).toEqual(first);
		expect(bootstrapMedianDifference(a, b, { seed: 43 })).not.toEqual(first);
	});

	it('centres on the observed difference of medians and brackets it', () => {
		const result = bootstrapMedianDifference(a, b, { seed: 7 });
		expect(result.diff).toBe(median(a) - median(b));
		expect(result.low).toBeLessThan(result.diff);
		expect(result.high).toBeGreaterThan(result.diff);
	});

	it('widens with the confidence level and narrows with more data', () => {
		const c80 = bootstrapMedianDifference(a, b, { seed: 7, confidence: 0.8 });
		const c95 = bootstrapMedianDifference(a, b, { seed: 7, confidence: 0.95 });
		expect(c95.high - c95.low).toBeGreaterThan(c80.high - c80.low);
		const big = bootstrapMedianDifference(sample(1, 2000, 45), sample(2, 2000, 30), { seed: 7 });
		expect(big.high - big.low).toBeLessThan((c95.high - c95.low) / 2);
	});

	it('covers the true difference about 95% of the time (200 simulated studies)', () => {
		let covered = 0;
		const studies = 200;
		for (let s = 0; s < studies; s++) {
			const ci = bootstrapMedianDifference(sample(1000 + s, 60, 45), sample(5000 + s, 60, 30), { seed: s, iterations: 500 });
			if (ci.low <= 15 && 15 <= ci.high) covered++;
		}
		// Binomial(200, 0.95) lies in [181, 197] with probability > 99.9%; the percentile bootstrap of a
		// median runs slightly below nominal at n = 60, hence the lower bound of 0.88.
		expect(covered / studies).toBeGreaterThan(0.88);
		expect(covered / studies).toBeLessThanOrEqual(0.99);
	});

	it('gives a degenerate interval when every resample has the same median', () => {
		expect(bootstrapMedianDifference([5], [2], { seed: 1 })).toEqual({ diff: 3, low: 3, high: 3 });
		expect(bootstrapMedianDifference([4, 4, 4], [1, 1], { seed: 1 })).toEqual({ diff: 3, low: 3, high: 3 });
	});

	it('takes the type-7 percentiles of the resampled differences', () => {
		const iterations = 400;
		const random = seededRandom(9);
		const sortedA = [...a].sort((x, y) => x - y);
		const sortedB = [...b].sort((x, y) => x - y);
		const diffs = Array.from({ length: iterations }, () => resampledMedian(sortedA, random) - resampledMedian(sortedB, random)).sort((x, y) => x - y);
		const result = bootstrapMedianDifference(a, b, { seed: 9, iterations, confidence: 0.9 });
		expect(result.low).toBeCloseTo(quantile(diffs, 0.05), 10);
		expect(result.high).toBeCloseTo(quantile(diffs, 0.95), 10);
	});

	it('returns NaN for an empty sample and rejects bad options', () => {
		expect(bootstrapMedianDifference([], b)).toEqual({ diff: NaN, low: NaN, high: NaN });
		expect(() => bootstrapMedianDifference(a, b, { iterations: 0 })).toThrow(RangeError);
		expect(() => bootstrapMedianDifference(a, b, { confidence: 1 })).toThrow(RangeError);
	});
});
