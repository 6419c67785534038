import { logFactorial } from './gamma';

/** R's fisher.test tolerance: tables this much more probable than the observed one still count as "as extreme". */
const RELATIVE_TOLERANCE = 1e-7;

/**
 * Two-sided p-value of Fisher's exact test for the 2×2 table [[a, b], [c, d]]: the probability,
 * with all margins fixed, of every table no more probable than the observed one (Agresti 1992,
 * Stat Sci 7:131–153, method "b"; R's fisher.test). Hypergeometric probabilities come from
 * log-factorials, so margins in the tens of thousands neither overflow nor underflow.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
	for (const cell of [a, b, c, d]) {
		if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`Fisher's exact test needs non-negative integer cells, got ${[a, b, c, d].join(', ')}`);
	}
	const row1 = a + b;
	const row2 = c + d;
	const col1 = a + c;
	const lowest = Math.max(0, col1 - row2);
	const highest = Math.min(row1, col1);
	// ln P(top-left cell = k), up to the constant that the normalisation below cancels.
	const logWeight = (k: number) => -(logFactorial(k) + logFactorial(row1 - k) + logFactorial(col1 - k) + logFactorial(row2 - col1 + k));
	const logWeights: number[] = [];
	let maxLog = -Infinity;
	for (let k = lowest; k <= highest; k++) {
		const w = logWeight(k);
		logWeights.push(w);
		if (w > maxLog) maxLog = w;
	}
	const observed = logWeights[a - lowest] - maxLog;
	const threshold = observed + Math.log1p(RELATIVE_TOLERANCE);
	let total = 0;
	let asExtreme = 0;
	for (const w of logWeights) {
		const p = Math.exp(w - maxLog);
		total += p;
		if (w - maxLog <= threshold) asExtreme += p;
	}
	return Math.min(1, asExtreme / total);
}
