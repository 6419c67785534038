import { describe, expect, it } from 'vitest';
import { newcombeDifference } from './newcombe';

describe('newcombeDifference', () => {
	// Newcombe RG (1998) "Interval estimation for the difference between independent proportions:
	// comparison of eleven methods", Stat Med 17:873–890, Table II, method 10, examples (a)–(h), 4 d.p.
	it.each([
		[56, 70, 48, 80, 0.0524, 0.3339],
		[9, 10, 3, 10, 0.1705, 0.809],
		[6, 7, 2, 7, 0.0582, 0.8062],
		[5, 56, 0, 29, -0.0381, 0.1926],
		[0, 10, 0, 20, -0.1611, 0.2775],
		[0, 10, 0, 10, -0.2775, 0.2775],
		[10, 10, 0, 20, 0.6791, 1],
		[10, 10, 0, 10, 0.6075, 1]
	])('%s/%s − %s/%s → %s to %s', (x1, n1, x2, n2, low, high) => {
		const ci = newcombeDifference(x1, n1, x2, n2);
		expect(ci.diff).toBeCloseTo(x1 / n1 - x2 / n2, 14);
		expect(ci.low).toBeCloseTo(low, 4);
		expect(ci.high).toBeCloseTo(high, 4);
	});

	it('swapping the groups negates the interval', () => {
		const ab = newcombeDifference(56, 70, 48, 80);
		const ba = newcombeDifference(48, 80, 56, 70);
		expect(ba.diff).toBeCloseTo(-ab.diff, 14);
		expect(ba.low).toBeCloseTo(-ab.high, 14);
		expect(ba.high).toBeCloseTo(-ab.low, 14);
	});

	it('reports an empty group as unknown: NaN in [−1, 1]', () => {
		expect(newcombeDifference(3, 10, 0, 0)).toEqual({ diff: NaN, low: -1, high: 1 });
	});
});
