import { describe, expect, it } from 'vitest';
import { medianDifferenceInterval } from './medianDifference';

describe('medianDifferenceInterval (Bonett & Price 2002)', () => {
	it('reproduces the worked example of R statpsych::ci.median2', () => {
		// statpsych reference page: ci.median2(.05, y1, y2) → 34.5, 43, −8.5, SE 4.316291, [−16.95977, −0.04022524]
		const y1 = [32, 39, 26, 35, 43, 27, 40, 37, 34, 29];
		const y2 = [36, 44, 47, 42, 49, 39, 46, 31, 33, 48];
		const r = medianDifferenceInterval(y1, y2, 0.95);
		expect(r.median1).toBe(34.5);
		expect(r.median2).toBe(43);
		expect(r.se).toBeCloseTo(4.316291, 5);
		expect(r.low).toBeCloseTo(-16.95977, 4);
		expect(r.high).toBeCloseTo(-0.04022524, 5);
	});

	it('reproduces the second statpsych example (n = 20, skewed scores)', () => {
		const y1 = [70, 394, 43, 95, 62, 128, 2, 203, 81, 436, 85, 35, 156, 1, 3, 27, 63, 181, 184, 18];
		const y2 = [102, 120, 78, 78, 417, 124, 86, 171, 176, 129, 230, 194, 100, 157, 306, 411, 164, 103, 193, 312];
		const r = medianDifferenceInterval(y1, y2, 0.95);
		expect(r.diff).toBe(-85);
		expect(r.se).toBeCloseTo(37.11502, 4);
		expect(r.low).toBeCloseTo(-157.7441, 3);
		expect(r.high).toBeCloseTo(-12.25589, 4);
	});

	it('stays finite for large groups and narrows as n grows', () => {
		const values = (n: number, shift: number) => Array.from({ length: n }, (_, i) => shift + (i * 7919) % 100);
		const small = medianDifferenceInterval(values(50, 10), values(50, 0), 0.9);
		const large = medianDifferenceInterval(values(5000, 10), values(5000, 0), 0.9);
		expect(Number.isFinite(large.se)).toBe(true);
		expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
		expect(large.low).toBeLessThan(10);
		expect(large.high).toBeGreaterThan(10);
	});

	it('gives an unbounded interval when a group has fewer than two values', () => {
		const r = medianDifferenceInterval([5], [1, 2, 3]);
		expect(r.low).toBe(-Infinity);
		expect(r.high).toBe(Infinity);
	});
});
