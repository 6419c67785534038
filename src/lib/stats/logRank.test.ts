import { describe, expect, it } from 'vitest';
import { logRankTest } from './logRank';
import type { SurvivalCounts } from './kaplanMeier';
import { placeboTimes, sixMpRelapsed, sixMpTimes } from './survivalFixtures';

function countsPerTime(times: readonly number[], events: readonly boolean[]): SurvivalCounts[] {
	return times.map((time, i) => ({ time, events: events[i] ? 1 : 0, censored: events[i] ? 0 : 1 }));
}

describe('logRankTest', () => {
	const sixMp = countsPerTime(sixMpTimes, sixMpRelapsed);
	const placebo = countsPerTime(placeboTimes, placeboTimes.map(() => true));

	it('reproduces the 6-MP vs placebo comparison (Kleinbaum & Klein 2012, ch. 2: O−E table, log-rank 16.79)', () => {
		const result = logRankTest(sixMp, placebo);
		expect(result.observedA).toBe(9);
		expect(result.expectedA).toBeCloseTo(19.25, 2);
		expect(result.observedB).toBe(21);
		expect(result.expectedB).toBeCloseTo(10.75, 2);
		expect(result.chiSquare).toBeCloseTo(16.79, 2);
		expect(result.df).toBe(1);
		expect(result.p).toBeLessThan(0.0001);
		expect(result.p).toBeCloseTo(4.17e-5, 6);
	});

	it('is symmetric in the groups', () => {
		const ab = logRankTest(sixMp, placebo);
		const ba = logRankTest(placebo, sixMp);
		expect(ba.chiSquare).toBeCloseTo(ab.chiSquare, 12);
		expect(ba.expectedA).toBeCloseTo(ab.expectedB, 12);
		expect(ba.variance).toBeCloseTo(ab.variance, 12);
	});

	it('gives χ² = 0 for identical groups and NaN when there is nothing to compare', () => {
		const same = logRankTest(sixMp, sixMp);
		expect(same.chiSquare).toBeCloseTo(0, 12);
		expect(same.p).toBeCloseTo(1, 10);
		expect(logRankTest(sixMp, []).chiSquare).toBeNaN();
		expect(logRankTest([{ time: 3, events: 0, censored: 4 }], [{ time: 5, events: 0, censored: 2 }]).p).toBeNaN();
	});
});
