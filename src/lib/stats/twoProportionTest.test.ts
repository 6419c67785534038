import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from './fisherExact';
import { twoProportionTest } from './twoProportionTest';

describe('fisherExactTwoSided', () => {
	it("gives 0.4857 for Fisher's lady tasting tea (3 of 4 cups right; Fisher 1935, The Design of Experiments §2)", () => {
		expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
		expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
	});

	it('counts tables as probable as the observed one on both sides (symmetric table → p = 2 · one tail)', () => {
		// All 4 right is the only table as extreme on that side: 2 × 1/70.
		expect(fisherExactTwoSided(4, 0, 0, 4)).toBeCloseTo(2 / 70, 12);
		expect(fisherExactTwoSided(0, 5, 5, 0)).toBeCloseTo(2 / 252, 12);
		expect(fisherExactTwoSided(10, 10, 10, 10)).toBe(1);
	});

	it('matches the dieting example of Wikipedia "Fisher\'s exact test" (1 of 12 men vs 9 of 12 women dieting → 0.002759)', () => {
		expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.0027594561852200836, 12);
	});

	it('stays exact with margins in the tens of thousands (reference: scipy.stats.fisher_exact)', () => {
		expect(fisherExactTwoSided(3, 19997, 14, 19986)).toBeCloseTo(0.012707677794546826, 10);
		expect(fisherExactTwoSided(40, 29960, 4, 29996) / 1.6872199851896373e-8).toBeCloseTo(1, 7);
	});

	it('rejects negative or fractional cells', () => {
		expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(RangeError);
		expect(() => fisherExactTwoSided(1.5, 2, 3, 4)).toThrow(RangeError);
	});
});

describe('twoProportionTest', () => {
	it('uses the pooled z-test when every cell has ≥ 5: Physicians\' Health Study aspirin data', () => {
		// Myocardial infarction: placebo 189/11034, aspirin 104/11037 (Agresti 2007, "An Introduction to
		// Categorical Data Analysis" 2nd ed., Table 2.3). Pearson X² for this table is 25.01 and z² = X².
		const result = twoProportionTest(189, 11034, 104, 11037);
		expect(result.method).toBe('z');
		expect(result.z).toBeCloseTo(5.0014, 4);
		expect(result.z * result.z).toBeCloseTo(25.01, 2);
		expect(result.p).toBeCloseTo(5.6919e-7, 10);
	});

	it('gives z with the sign of p1 − p2 and a p that does not depend on the order', () => {
		const forward = twoProportionTest(56, 70, 48, 80);
		const backward = twoProportionTest(48, 80, 56, 70);
		expect(forward.z).toBeGreaterThan(0);
		expect(backward.z).toBeCloseTo(-forward.z, 14);
		expect(backward.p).toBeCloseTo(forward.p, 14);
	});

	it('switches to Fisher when a cell is below 5', () => {
		const tea = twoProportionTest(3, 4, 1, 4);
		expect(tea.method).toBe('fisher');
		expect(tea.p).toBeCloseTo(0.4857, 4);
		expect(tea.z).toBeCloseTo(Math.SQRT2, 12);
		// 4 failures in group 1 forces Fisher even at large n.
		expect(twoProportionTest(996, 1000, 950, 1000).method).toBe('fisher');
		expect(twoProportionTest(995, 1000, 950, 1000).method).toBe('z');
	});

	it('handles an empty group and an all-zero table without throwing', () => {
		expect(twoProportionTest(0, 0, 3, 10)).toEqual({ z: NaN, p: 1, method: 'fisher' });
		expect(twoProportionTest(0, 10, 0, 10)).toEqual({ z: NaN, p: 1, method: 'fisher' });
	});

	it('rejects impossible counts', () => {
		expect(() => twoProportionTest(11, 10, 3, 10)).toThrow(/group 1/);
	});
});
