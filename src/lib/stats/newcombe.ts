import { moverDifference } from './moverDifference';
import { wilsonInterval } from './wilson';

export interface DifferenceInterval {
	/** p1 − p2; NaN when either n is 0. */
	diff: number;
	low: number;
	high: number;
}

/**
 * Newcombe's hybrid score interval for p1 − p2 (method 10 of Newcombe 1998, Stat Med 17:873–890):
 * the two Wilson intervals combined by "square and add". Good coverage at small n and near 0 or 1,
 * never outside [−1, 1]. With either n = 0 the difference is unknown: NaN with the interval [−1, 1].
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): DifferenceInterval {
	const a = wilsonInterval(x1, n1, confidence);
	const b = wilsonInterval(x2, n2, confidence);
	if (n1 === 0 || n2 === 0) return { diff: NaN, low: -1, high: 1 };
	return moverDifference({ value: a.rate, low: a.low, high: a.high }, { value: b.rate, low: b.low, high: b.high });
}
