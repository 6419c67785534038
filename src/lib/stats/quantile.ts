/**
 * Sample quantiles by linear interpolation between closest ranks: Hyndman & Fan (1996) type 7,
 * the default of R's quantile() and the definition of DuckDB's quantile_cont / median, so a
 * quantile computed here equals the one the SQL views return.
 */

/** The q-quantile of values already sorted ascending; NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
	if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
	const n = sorted.length;
	if (n === 0) return NaN;
	const position = (n - 1) * q;
	const below = Math.floor(position);
	const above = Math.ceil(position);
	const fraction = position - below;
	return fraction === 0 ? sorted[below] : sorted[below] + fraction * (sorted[above] - sorted[below]);
}

/** Median of unsorted values (mean of the two middle ones when the count is even); NaN when empty. */
export function median(values: readonly number[]): number {
	return quantile([...values].sort((a, b) => a - b), 0.5);
}
