import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierFromCounts, restrictedMeanSurvival } from './kaplanMeier';
import { sixMpRelapsed, sixMpTimes } from './survivalFixtures';

describe('kaplanMeier on the 6-MP leukemia data', () => {
	const steps = kaplanMeier(sixMpTimes, sixMpRelapsed);
	const at = (time: number) => steps.find((s) => s.time === time)!;

	// Kleinbaum & Klein (2012) ch. 2, table of Ŝ(t) for group 1 (4 d.p.), and Klein & Moeschberger
	// (2003) Table 4.1A, Greenwood standard errors (3 d.p.: 0.076 0.087 0.096 0.107 0.114 0.128 0.135).
	it.each([
		[6, 21, 3, 0.8571, 0.076],
		[7, 17, 1, 0.8067, 0.087],
		[10, 15, 1, 0.7529, 0.096],
		[13, 12, 1, 0.6902, 0.107],
		[16, 11, 1, 0.6275, 0.114],
		[22, 7, 1, 0.5378, 0.128],
		[23, 6, 1, 0.4482, 0.135]
	])('week %s: %s at risk, %s relapsed, S = %s, se = %s', (time, atRisk, events, survival, se) => {
		const step = at(time);
		expect(step.atRisk).toBe(atRisk);
		expect(step.events).toBe(events);
		expect(step.survival).toBeCloseTo(survival, 4);
		expect(step.se).toBeCloseTo(se, 3);
	});

	it('puts the log(−log) band around S, inside [0, 1], asymmetric like the published formula', () => {
		// Kalbfleisch & Prentice (2002) §1.4: S^exp(±1.96·√Σd/(n(n−d)) / |ln S|). At week 6:
		// √(3/(21·18)) = 0.08909, |ln(6/7)| = 0.15415 → exponent e^(±1.1328) → 0.6197 to 0.9516.
		expect(at(6).low).toBeCloseTo(0.6197, 4);
		expect(at(6).high).toBeCloseTo(0.9516, 4);
		for (const step of steps) {
			expect(step.low).toBeLessThanOrEqual(step.survival);
			expect(step.high).toBeGreaterThanOrEqual(step.survival);
			expect(step.low).toBeGreaterThanOrEqual(0);
			expect(step.high).toBeLessThanOrEqual(1);
		}
	});

	it('keeps censoring-only times as steps with unchanged survival', () => {
		expect(at(9)).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
		expect(at(9).survival).toBe(at(7).survival);
		expect(steps.map((s) => s.time)).toEqual([6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35]);
		expect(steps.at(-1)).toMatchObject({ time: 35, atRisk: 1, censored: 1 });
	});

	it('gives the same steps from counts per time, in any order and with split rows', () => {
		const fromCounts = kaplanMeierFromCounts([
			{ time: 35, events: 0, censored: 1 },
			{ time: 6, events: 2, censored: 1 },
			{ time: 6, events: 1, censored: 0 },
			{ time: 7, events: 1, censored: 0 },
			{ time: 9, events: 0, censored: 1 },
			{ time: 10, events: 1, censored: 1 },
			{ time: 11, events: 0, censored: 1 },
			{ time: 13, events: 1, censored: 0 },
			{ time: 16, events: 1, censored: 0 },
			{ time: 17, events: 0, censored: 1 },
			{ time: 19, events: 0, censored: 1 },
			{ time: 20, events: 0, censored: 1 },
			{ time: 22, events: 1, censored: 0 },
			{ time: 23, events: 1, censored: 0 },
			{ time: 25, events: 0, censored: 1 },
			{ time: 32, events: 0, censored: 2 },
			{ time: 34, events: 0, censored: 1 },
			{ time: 40, events: 0, censored: 0 }
		]);
		expect(fromCounts).toEqual(steps);
	});

	it('restricted mean = area under the step curve', () => {
		// 6·1 + 1·0.8571 + 3·0.8067 + 3·0.7529 + 3·0.6902 + 6·0.6275 + 1·0.5378 (weeks 0–23).
		expect(restrictedMeanSurvival(steps, 23)).toBeCloseTo(17.9092, 4);
		expect(restrictedMeanSurvival(steps, 35)).toBeCloseTo(17.9092 + 12 * 0.448179, 4);
		expect(restrictedMeanSurvival(steps, 4)).toBe(4);
		expect(restrictedMeanSurvival(steps, 0)).toBe(0);
		expect(() => restrictedMeanSurvival(steps, -1)).toThrow(RangeError);
	});
});

describe('kaplanMeier edge cases', () => {
	it('drops to 0 when the last subjects all fail, with a zero-width band there', () => {
		const steps = kaplanMeier([1, 2, 2], [true, true, true]);
		expect(steps[0].survival).toBeCloseTo(2 / 3, 15);
		expect(steps[1].survival).toBe(0);
		expect(steps[1]).toMatchObject({ se: 0, low: 0, high: 0 });
	});

	it('stays at 1 with a [1, 1] band when nobody has failed', () => {
		expect(kaplanMeier([3, 5], [false, false]).map((s) => [s.survival, s.low, s.high])).toEqual([
			[1, 1, 1],
			[1, 1, 1]
		]);
	});

	it('returns no steps for no subjects', () => {
		expect(kaplanMeier([], [])).toEqual([]);
	});

	it('names the bad input', () => {
		expect(() => kaplanMeier([1, 2], [true])).toThrow(/2 times but 1 event flags/);
		expect(() => kaplanMeierFromCounts([{ time: -1, events: 1, censored: 0 }])).toThrow(/row 0: time/);
		expect(() => kaplanMeierFromCounts([{ time: 1, events: 0.5, censored: 0 }])).toThrow(/row 0: events/);
	});
});
