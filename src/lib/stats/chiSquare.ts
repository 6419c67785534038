import { regularizedGammaUpper } from './gamma';

/** P(χ²_df ≥ x), the p-value of a chi-square statistic. 1 for x ≤ 0; NaN unless df > 0. */
export function chiSquareSurvival(x: number, df: number): number {
	if (!(df > 0)) return NaN;
	return regularizedGammaUpper(df / 2, x / 2);
}
