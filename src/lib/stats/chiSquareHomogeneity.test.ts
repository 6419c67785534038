import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity } from './chiSquareHomogeneity';
import { twoProportionTest } from './twoProportionTest';

describe('chiSquareHomogeneity', () => {
	it('reproduces the smokers example of R\'s prop.test (Fleiss 1981, p. 139): X² = 12.6, df 3, p = 0.005585', () => {
		// Smokers among lung-cancer patients in four groups: 83/86, 90/93, 129/136, 70/82.
		const result = chiSquareHomogeneity([
			[83, 3],
			[90, 3],
			[129, 7],
			[70, 12]
		]);
		expect(result.chiSquare).toBeCloseTo(12.6, 1);
		expect(result.df).toBe(3);
		expect(result.p).toBeCloseTo(0.005585, 6);
		expect(result.minExpected).toBeCloseTo((25 * 82) / 397, 12);
	});

	it('reproduces Agresti (2007) Table 2.5, party identification by gender: X² = 30.1, df 2', () => {
		const result = chiSquareHomogeneity([
			[762, 327, 468],
			[484, 239, 477]
		]);
		expect(result.chiSquare).toBeCloseTo(30.1, 1);
		expect(result.df).toBe(2);
		expect(result.p).toBeLessThan(0.001);
	});

	it('equals the square of the two-proportion z for a 2×2 table', () => {
		const z = twoProportionTest(189, 11034, 104, 11037).z;
		expect(chiSquareHomogeneity([[189, 11034 - 189], [104, 11037 - 104]]).chiSquare).toBeCloseTo(z * z, 10);
	});

	it('drops all-zero rows and columns before counting df', () => {
		const full = chiSquareHomogeneity([[10, 20], [30, 5]]);
		const padded = chiSquareHomogeneity([[10, 0, 20], [0, 0, 0], [30, 0, 5]]);
		expect(padded).toEqual(full);
		expect(full.df).toBe(1);
	});

	it('is NaN when fewer than two groups or categories have data, and names bad input', () => {
		expect(chiSquareHomogeneity([[5, 7], [0, 0]]).p).toBeNaN();
		expect(chiSquareHomogeneity([[5, 0], [9, 0]]).chiSquare).toBeNaN();
		expect(chiSquareHomogeneity([])).toMatchObject({ df: 0 });
		expect(() => chiSquareHomogeneity([[1, 2], [3]])).toThrow(/row 1 has 1 columns/);
		expect(() => chiSquareHomogeneity([[1, 2], [3, NaN]])).toThrow(/cell \[1\]\[1\]/);
	});
});
