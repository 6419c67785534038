import { describe, expect, it } from 'vitest';
import { populationStabilityIndex } from './populationStability';

describe('populationStabilityIndex', () => {
	it('works a two-bin example by hand: 50/50 → 60/40', () => {
		// (0.6 − 0.5)·ln(0.6/0.5) + (0.4 − 0.5)·ln(0.4/0.5) = 0.1·0.182322 + 0.1·0.223144 = 0.0405465
		expect(populationStabilityIndex([500, 500], [60, 40])).toBeCloseTo(0.0405465, 7);
	});

	it('works a four-bin example by hand', () => {
		// Shares 0.1 0.2 0.3 0.4 → 0.2 0.2 0.3 0.3:
		// 0.1·ln 2 + 0 + 0 + (−0.1)·ln(0.75) = 0.0693147 + 0.0287682 = 0.0980829
		expect(populationStabilityIndex([10, 20, 30, 40], [200, 200, 300, 300])).toBeCloseTo(0.0980829, 7);
	});

	it('is 0 for the same shares, symmetric, and equals the Jeffreys divergence KL(a‖e) + KL(e‖a)', () => {
		expect(populationStabilityIndex([1, 2, 3], [10, 20, 30])).toBeCloseTo(0, 15);
		const e = [120, 300, 280, 200, 100];
		const a = [90, 250, 300, 260, 100];
		expect(populationStabilityIndex(e, a)).toBeCloseTo(populationStabilityIndex(a, e), 15);
		const share = (c: number[]) => c.map((x) => x / c.reduce((s, y) => s + y, 0));
		const [pe, pa] = [share(e), share(a)];
		const kl = (p: number[], q: number[]) => p.reduce((s, pi, i) => s + pi * Math.log(pi / q[i]), 0);
		expect(populationStabilityIndex(e, a)).toBeCloseTo(kl(pa, pe) + kl(pe, pa), 14);
	});

	it('replaces an empty bin share by epsilon instead of returning Infinity', () => {
		// Bin 2 empties: (1e-4 − 0.5)·ln(1e-4/0.5) + (1 − 0.5)·ln(1/0.5) = 4.257744 + 0.346574 = 4.604318
		expect(populationStabilityIndex([50, 50], [100, 0])).toBeCloseTo(4.604318, 5);
		expect(populationStabilityIndex([50, 50], [100, 0], { epsilon: 0.01 })).toBeLessThan(populationStabilityIndex([50, 50], [100, 0]));
	});

	it('is NaN with no data and names mismatched or negative input', () => {
		expect(populationStabilityIndex([0, 0], [1, 2])).toBeNaN();
		expect(() => populationStabilityIndex([1, 2], [1, 2, 3])).toThrow(/2 reference bins but 3 current bins/);
		expect(() => populationStabilityIndex([1, -2], [1, 2])).toThrow(/expected\[1\]/);
	});
});
