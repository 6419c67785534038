import { fisherExactTwoSided } from './fisherExact';
import { normalTwoSidedP } from './normal';
import { assertCounts } from './wilson';

export interface TwoProportionTestResult {
	/** Pooled z for p1 − p2 (positive when group 1 is higher); NaN when undefined (an empty group, or all successes / all failures). */
	z: number;
	/** Two-sided p-value from the method named below. */
	p: number;
	method: 'z' | 'fisher';
}

/** Below this many in any cell the normal approximation is not trusted (Cochran's rule of thumb). */
const MIN_CELL_FOR_Z = 5;

/**
 * Is p1 = x1/n1 different from p2 = x2/n2? The pooled two-sided z-test (square = Pearson's χ²
 * without continuity correction) when every cell of the 2×2 table (successes and failures per
 * group) has at least 5; otherwise Fisher's exact two-sided p. z is reported either way.
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): TwoProportionTestResult {
	assertCounts(x1, n1, 'group 1');
	assertCounts(x2, n2, 'group 2');
	const pooled = (x1 + x2) / (n1 + n2);
	const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
	const z = se > 0 ? (x1 / n1 - x2 / n2) / se : NaN;
	const cells = [x1, n1 - x1, x2, n2 - x2];
	if (cells.some((cell) => cell < MIN_CELL_FOR_Z)) {
		return { z, p: fisherExactTwoSided(x1, n1 - x1, x2, n2 - x2), method: 'fisher' };
	}
	return { z, p: normalTwoSidedP(z), method: 'z' };
}
