/** The sums a ratio estimator needs, over n pairs (xᵢ, yᵢ). */
export interface PairSums {
	n: number;
	sumX: number;
	sumY: number;
	sumXX: number;
	sumYY: number;
	sumXY: number;
}

export interface RatioEstimate {
	/** Σy / Σx; NaN when Σx ≤ 0. */
	ratio: number;
	/** Standard error; NaN below two pairs. */
	se: number;
}

/**
 * R = Σy / Σx (e.g. net revenue retention: Σ mrr now / Σ mrr a year ago over a cohort) with the
 * standard error of the ratio estimator by linearization (Cochran 1977, Sampling Techniques, §6.3):
 * se² = Σ(yᵢ − R xᵢ)² / ((n − 1) · n · x̄²), the residual sum expanded into Σy² − 2RΣxy + R²Σx²
 * so SQL can deliver it as five sums.
 */
export function ratioOfSums(s: PairSums): RatioEstimate {
	if (!(s.sumX > 0)) return { ratio: NaN, se: NaN };
	const ratio = s.sumY / s.sumX;
	if (s.n < 2) return { ratio, se: NaN };
	const residuals = Math.max(0, s.sumYY - 2 * ratio * s.sumXY + ratio * ratio * s.sumXX);
	const meanX = s.sumX / s.n;
	return { ratio, se: Math.sqrt(residuals / ((s.n - 1) * s.n * meanX * meanX)) };
}
