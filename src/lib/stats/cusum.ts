export interface CusumOptions {
	/** Allowance (reference value) in standard deviations: half the shift to detect quickly. */
	k?: number;
	/** Decision interval in standard deviations. */
	h?: number;
}

export interface CusumResult {
	/** S_i = max(0, S_{i−1} + x_i − k), S_0 = 0; not reset after a signal. */
	s: number[];
	/** Index of the first value with S_i > h, or null. */
	firstCrossing: number | null;
}

/**
 * One-sided upper tabular CUSUM (Page 1954; Montgomery, "Introduction to Statistical Quality
 * Control", §9.1) on standardized values x = (value − target) / σ. It signals an upward shift;
 * to watch for a drop (e.g. the ICP's win-rate advantage eroding) pass the negated z-scores.
 * With k = 0.5 and h = 4 or 5 it detects a one-σ shift in about 8–10 observations.
 */
export function cusumUpper(values: readonly number[], { k = 0.5, h = 4 }: CusumOptions = {}): CusumResult {
	const s: number[] = [];
	let firstCrossing: number | null = null;
	let current = 0;
	values.forEach((x, i) => {
		if (!Number.isFinite(x)) throw new RangeError(`cusumUpper: value ${i} must be a finite number, got ${x}`);
		current = Math.max(0, current + x - k);
		s.push(current);
		if (firstCrossing === null && current > h) firstCrossing = i;
	});
	return { s, firstCrossing };
}
