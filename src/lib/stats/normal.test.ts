import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalTwoSidedP, twoSidedCriticalValue } from './normal';

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / Math.abs(expected);

// Reference digits: 30-digit evaluations (mpmath ncdf / sqrt(2)·erfinv); they agree with R's qnorm/pnorm
// and, to their printed 10 decimals, with Abramowitz & Stegun (1964) Tables 26.1 and 26.5.
describe('normalQuantile (Wichura AS 241)', () => {
	it.each([
		[0.975, 1.959963984540054],
		[0.995, 2.575829303548901],
		[0.9, 1.2815515655446004],
		[1e-10, -6.361340902404057]
	])('Φ⁻¹(%s) = %s to 1e-12 relative', (p, z) => {
		expect(relativeError(normalQuantile(p), z)).toBeLessThan(1e-12);
	});

	it('is exactly 0 at 1/2, ±Infinity at the ends and NaN outside [0, 1]', () => {
		expect(normalQuantile(0.5)).toBe(0);
		expect(normalQuantile(0)).toBe(-Infinity);
		expect(normalQuantile(1)).toBe(Infinity);
		expect(normalQuantile(1.5)).toBeNaN();
		expect(normalQuantile(-0.1)).toBeNaN();
	});

	it('gives the two-sided critical value for a confidence level', () => {
		expect(twoSidedCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 14);
		expect(twoSidedCriticalValue(0.99)).toBeCloseTo(2.575829303548901, 14);
		expect(() => twoSidedCriticalValue(95)).toThrow(RangeError);
	});
});

describe('normalCdf (Cody)', () => {
	it.each([
		[1.96, 0.9750021048517795],
		[-1, 0.15865525393145705],
		[0.5, 0.6914624612740131],
		[-0.3, 0.3820885778110474],
		[-3, 0.0013498980316300946],
		[-5, 2.866515718791939e-7],
		[-10, 7.619853024160525e-24]
	])('Φ(%s) = %s to 1e-13 relative, tails included', (z, p) => {
		expect(relativeError(normalCdf(z), p)).toBeLessThan(1e-13);
	});

	it('inverts normalQuantile from the centre to the far tail', () => {
		for (const p of [1e-300, 1e-50, 1e-12, 1e-5, 0.01, 0.2, 0.5, 0.7, 0.975, 0.999999]) {
			expect(relativeError(normalCdf(normalQuantile(p)), p)).toBeLessThan(1e-12);
		}
	});

	it('two-sided p of z = 1.959963984540054 is 0.05', () => {
		expect(normalTwoSidedP(1.959963984540054)).toBeCloseTo(0.05, 14);
		expect(normalTwoSidedP(-1.959963984540054)).toBeCloseTo(0.05, 14);
		expect(normalTwoSidedP(0)).toBe(1);
	});
});
