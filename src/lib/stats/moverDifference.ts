import type { DifferenceInterval } from './newcombe';

/** An estimate with its own confidence interval. */
export interface Estimate {
	value: number;
	low: number;
	high: number;
}

/**
 * Interval for θ₁ − θ₂ from each estimate's own interval, by "square and add" (MOVER: Zou & Donner
 * 2008, Stat Med 27:1693–1702): low = d − √((θ₁ − l₁)² + (u₂ − θ₂)²), high = d + √((u₁ − θ₁)² + (θ₂ − l₂)²).
 * With Wilson intervals of two proportions this is Newcombe's hybrid score interval. The intervals
 * may be asymmetric (a CLTV interval from a churn interval is); NaN when an input is not finite.
 */
export function moverDifference(a: Estimate, b: Estimate): DifferenceInterval {
	const values = [a.value, a.low, a.high, b.value, b.low, b.high];
	if (!values.every(Number.isFinite)) return { diff: NaN, low: NaN, high: NaN };
	if (a.low > a.value || a.value > a.high || b.low > b.value || b.value > b.high) {
		throw new RangeError(`MOVER: each interval must contain its estimate, got ${JSON.stringify({ a, b })}`);
	}
	const diff = a.value - b.value;
	return {
		diff,
		low: diff - Math.hypot(a.value - a.low, b.high - b.value),
		high: diff + Math.hypot(a.high - a.value, b.value - b.low)
	};
}
