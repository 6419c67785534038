import { describe, expect, it } from 'vitest';
import { moverDifference } from './moverDifference';
import { newcombeDifference } from './newcombe';
import { wilsonInterval } from './wilson';

describe('moverDifference', () => {
	it("is Newcombe's hybrid score interval when given two Wilson intervals (Newcombe 1998, table II: 56/70 vs 48/80)", () => {
		const wilson = (x: number, n: number) => {
			const w = wilsonInterval(x, n);
			return { value: w.rate, low: w.low, high: w.high };
		};
		const mover = moverDifference(wilson(56, 70), wilson(48, 80));
		expect(mover).toEqual(newcombeDifference(56, 70, 48, 80));
		expect(mover.low).toBeCloseTo(0.0524, 4);
		expect(mover.high).toBeCloseTo(0.3339, 4);
	});

	it('keeps asymmetric intervals asymmetric: the wide side of each estimate sets that side of the difference', () => {
		const d = moverDifference({ value: 100, low: 80, high: 160 }, { value: 40, low: 35, high: 50 });
		expect(d.diff).toBe(60);
		expect(d.low).toBeCloseTo(60 - Math.hypot(20, 10), 12);
		expect(d.high).toBeCloseTo(60 + Math.hypot(60, 5), 12);
	});

	it('is NaN when an input is unknown, and rejects an interval that does not contain its estimate', () => {
		expect(moverDifference({ value: NaN, low: 0, high: 1 }, { value: 1, low: 0, high: 2 }).low).toBeNaN();
		expect(() => moverDifference({ value: 5, low: 6, high: 7 }, { value: 1, low: 0, high: 2 })).toThrow(RangeError);
	});
});
