import { describe, expect, it } from 'vitest';
import { ratioOfSums, type PairSums } from './ratioOfSums';
import { seededRandom } from './random';

function sums(pairs: [number, number][]): PairSums {
	return {
		n: pairs.length,
		sumX: pairs.reduce((s, [x]) => s + x, 0),
		sumY: pairs.reduce((s, [, y]) => s + y, 0),
		sumXX: pairs.reduce((s, [x]) => s + x * x, 0),
		sumYY: pairs.reduce((s, [, y]) => s + y * y, 0),
		sumXY: pairs.reduce((s, [x, y]) => s + x * y, 0)
	};
}

describe('ratioOfSums', () => {
	it('gives R and its linearized standard error on a hand-worked example', () => {
		// R = 9 / 6 = 1.5; residuals 0.5, −1, 0.5 → Σr² = 1.5; se² = 1.5 / (2 · 3 · 2²) = 0.0625
		expect(ratioOfSums(sums([[1, 2], [2, 2], [3, 5]]))).toEqual({ ratio: 1.5, se: 0.25 });
	});

	it('equals the residual form of the variance on random cohorts', () => {
		const random = seededRandom(3);
		for (let k = 0; k < 20; k++) {
			const pairs = Array.from({ length: 5 + random.int(0, 200) }, (): [number, number] => {
				const start = random.logNormal(500, 0.8);
				return [start, random.chance(0.2) ? 0 : start * random.logNormal(1, 0.3)];
			});
			const { ratio, se } = ratioOfSums(sums(pairs));
			const r = pairs.reduce((s, [, y]) => s + y, 0) / pairs.reduce((s, [x]) => s + x, 0);
			const meanX = pairs.reduce((s, [x]) => s + x, 0) / pairs.length;
			const residuals = pairs.reduce((s, [x, y]) => s + (y - r * x) ** 2, 0);
			expect(ratio).toBeCloseTo(r, 12);
			expect(se / Math.sqrt(residuals / ((pairs.length - 1) * pairs.length * meanX ** 2))).toBeCloseTo(1, 9);
		}
	});

	it('is unknown without a positive denominator, and has no standard error for one pair', () => {
		expect(ratioOfSums(sums([])).ratio).toBeNaN();
		expect(ratioOfSums(sums([[4, 2]]))).toEqual({ ratio: 0.5, se: NaN });
	});
});
