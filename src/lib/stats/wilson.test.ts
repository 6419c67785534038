import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
	// Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of
	// seven methods", Stat Med 17:857–872, Table I, method 3 (score, no continuity correction), 4 d.p.
	it.each([
		[81, 263, 0.2553, 0.3662],
		[15, 148, 0.0624, 0.1605],
		[0, 20, 0, 0.1611],
		[1, 29, 0.0061, 0.1718]
	])('%s/%s → %s to %s (Newcombe 1998 Table I)', (x, n, low, high) => {
		const ci = wilsonInterval(x, n);
		expect(ci.rate).toBe(x / n);
		expect(ci.low).toBeCloseTo(low, 4);
		expect(ci.high).toBeCloseTo(high, 4);
	});

	it('is exactly 0 / 1 at the boundaries and mirrors under x → n − x', () => {
		expect(wilsonInterval(0, 20).low).toBe(0);
		expect(wilsonInterval(20, 20).high).toBe(1);
		const a = wilsonInterval(15, 148);
		const b = wilsonInterval(133, 148);
		expect(a.low).toBeCloseTo(1 - b.high, 14);
		expect(a.high).toBeCloseTo(1 - b.low, 14);
	});

	it('widens with confidence', () => {
		const c90 = wilsonInterval(81, 263, 0.9);
		const c99 = wilsonInterval(81, 263, 0.99);
		expect(c90.high - c90.low).toBeLessThan(c99.high - c99.low);
	});

	it('reports n = 0 as unknown: rate NaN, interval [0, 1]', () => {
		expect(wilsonInterval(0, 0)).toEqual({ rate: NaN, low: 0, high: 1 });
	});

	it('rejects impossible counts', () => {
		expect(() => wilsonInterval(5, 3)).toThrow(/0 ≤ successes ≤ n/);
		expect(() => wilsonInterval(-1, 3)).toThrow(RangeError);
		expect(() => wilsonInterval(1.5, 3)).toThrow(RangeError);
	});
});
