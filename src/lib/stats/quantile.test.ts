import { describe, expect, it } from 'vitest';
import { median, quantile } from './quantile';

describe('quantile (type 7)', () => {
	const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

	// R: quantile(1:10, c(0.25, 0.33, 0.9)) → 3.25 3.97 9.10 (Hyndman & Fan 1996, Am Stat 50:361–365,
	// definition 7). duckdb-wasm 1.32 quantile_cont(x, q) over 1..10 returns the same 3.25, 3.97, 9.1.
	it.each([
		[0.25, 3.25],
		[0.33, 3.97],
		[0.9, 9.1],
		[0.5, 5.5],
		[0, 1],
		[1, 10]
	])('q = %s of 1..10 → %s', (q, expected) => {
		expect(quantile(oneToTen, q)).toBeCloseTo(expected, 12);
	});

	it('interpolates between unequal neighbours', () => {
		expect(quantile([1.25, 3.5, 4, 9], 0.1)).toBeCloseTo(1.925, 12);
		expect(quantile([1.25, 3.5, 4, 9], 0.75)).toBeCloseTo(5.25, 12);
		expect(quantile([7], 0.3)).toBe(7);
	});

	it('is NaN for no data and rejects levels outside [0, 1]', () => {
		expect(quantile([], 0.5)).toBeNaN();
		expect(() => quantile(oneToTen, 1.2)).toThrow(RangeError);
		expect(() => quantile(oneToTen, NaN)).toThrow(RangeError);
	});
});

describe('median', () => {
	it('sorts a copy and averages the middle pair for an even count', () => {
		const values = [9, 1, 4, 3.5];
		expect(median(values)).toBe(3.75);
		expect(values).toEqual([9, 1, 4, 3.5]);
		expect(median([5, 3, 1])).toBe(3);
		expect(median([])).toBeNaN();
	});
});
