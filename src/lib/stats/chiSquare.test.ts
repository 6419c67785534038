import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from './chiSquare';
import { logFactorial, logGamma } from './gamma';
import { normalCdf } from './normal';

describe('chiSquareSurvival', () => {
	// Upper 5% and 1% points as printed (3 decimals) in any χ² table, e.g. Fisher & Yates
	// "Statistical Tables" Table IV / NIST e-Handbook §1.3.6.7.4; rounding the point moves p by < 5e-5.
	it.each([
		[3.841, 1, 0.05],
		[5.991, 2, 0.05],
		[7.815, 3, 0.05],
		[11.07, 5, 0.05],
		[18.307, 10, 0.05],
		[31.41, 20, 0.05],
		[6.635, 1, 0.01],
		[15.086, 5, 0.01]
	])('P(χ² ≥ %s | df %s) = %s', (x, df, p) => {
		expect(chiSquareSurvival(x, df)).toBeCloseTo(p, 4);
	});

	it('matches the closed forms for 1 and 2 df to 1e-13', () => {
		for (const x of [0.01, 0.5, 1, 3.84, 10, 40, 100]) {
			expect(Math.abs(chiSquareSurvival(x, 2) / Math.exp(-x / 2) - 1)).toBeLessThan(1e-13);
			expect(Math.abs(chiSquareSurvival(x, 1) / (2 * normalCdf(-Math.sqrt(x))) - 1)).toBeLessThan(1e-13);
		}
	});

	it('keeps small tail probabilities (reference: scipy.stats.chi2.sf)', () => {
		expect(Math.abs(chiSquareSurvival(100, 3) / 1.5541594313896026e-21 - 1)).toBeLessThan(1e-10);
		expect(chiSquareSurvival(1000, 900)).toBeCloseTo(0.010994608942135844, 12);
		expect(chiSquareSurvival(0.5, 10)).toBeCloseTo(0.999993388289439, 13);
	});

	it('is 1 at 0, 0 at infinity and NaN for df ≤ 0 or NaN', () => {
		expect(chiSquareSurvival(0, 3)).toBe(1);
		expect(chiSquareSurvival(Infinity, 3)).toBe(0);
		expect(chiSquareSurvival(2, 0)).toBeNaN();
		expect(chiSquareSurvival(NaN, 1)).toBeNaN();
	});
});

describe('logGamma / logFactorial', () => {
	it('matches exact values', () => {
		expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362880), 13);
		expect(logGamma(1e-3)).toBeCloseTo(6.907178885383854, 13);
		expect(logGamma(0)).toBeNaN();
	});

	it('agrees with summed logarithms for large n (needed by Fisher with n in the tens of thousands)', () => {
		let sum = 0;
		for (let k = 2; k <= 50_000; k++) sum += Math.log(k);
		expect(Math.abs(logFactorial(50_000) - sum) / sum).toBeLessThan(1e-13);
		expect(logFactorial(0)).toBe(0);
		expect(logFactorial(1)).toBe(0);
	});
});
