import { describe, expect, it } from 'vitest';
import { cusumUpper } from './cusum';

describe('cusumUpper', () => {
	// Montgomery, "Introduction to Statistical Quality Control" (6th ed., 2009), Example 9.1:
	// 30 observations, target μ0 = 10, σ = 1, a one-σ upward shift after sample 20; k = 0.5, H = 5.
	// Table 9.2 (tabular CUSUM): C⁺ first exceeds H at sample 29 with C⁺₂₉ = 5.28 (C⁺₃₀ = 5.30),
	// and C⁺ was last 0 at sample 22.
	const observations = [
		9.45, 7.99, 9.29, 11.66, 12.16, 10.18, 8.04, 11.46, 9.2, 10.34, 9.03, 11.47, 10.51, 9.4, 10.08, 9.37, 10.62, 10.31,
		8.52, 10.84, 10.9, 9.33, 12.29, 11.5, 10.6, 11.08, 10.38, 11.62, 11.31, 10.52
	];
	const standardized = observations.map((x) => (x - 10) / 1);

	it('reproduces Montgomery Table 9.2', () => {
		const { s, firstCrossing } = cusumUpper(standardized, { k: 0.5, h: 5 });
		expect(firstCrossing).toBe(28);
		expect(s[28]).toBeCloseTo(5.28, 2);
		expect(s[29]).toBeCloseTo(5.3, 2);
		expect(s[21]).toBe(0);
		expect(s.slice(22, 28).every((v) => v > 0)).toBe(true);
		expect(s[3]).toBeCloseTo(1.16, 2);
		expect(s[4]).toBeCloseTo(2.82, 2);
	});

	it('signals earlier with the default h = 4 and never without a shift', () => {
		expect(cusumUpper(standardized).firstCrossing).toBe(27);
		expect(cusumUpper(standardized.slice(0, 20)).firstCrossing).toBeNull();
	});

	it('detects a drop when given negated values', () => {
		const drop = [0, 0.2, -0.1, -1.5, -1.8, -1.2, -1.6, -1.4];
		expect(cusumUpper(drop).firstCrossing).toBeNull();
		// −x − k: 1.0, 2.3, 3.0, 4.1 from index 3 → crosses h = 4 at index 6.
		expect(cusumUpper(drop.map((x) => -x)).firstCrossing).toBe(6);
	});

	it('rejects non-finite values', () => {
		expect(() => cusumUpper([0, NaN])).toThrow(/value 1/);
	});
});
