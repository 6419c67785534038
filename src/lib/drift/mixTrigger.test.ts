import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/random';
import { triggerContext } from './context';
import type { PipelineMixRow } from './inputs';
import { chooseBins, mergeSparseBins } from './mixBins';
import { MIX_SPECS, mixTrigger } from './mixTrigger';
import { resolveDriftSettings } from './settings';
import { SYNTHETIC_MONTHS, SYNTHETIC_SPAN } from './testSeries';

const TIERS = ['A', 'B', 'C', 'out', 'unknown'];
const dealsTier = MIX_SPECS.find((s) => s.id === 'mix-deals')!;

/** New deals per month drawn from a tier distribution that may change by month. */
function tierRows(seed: number, perMonth: number, shares: (month: string) => number[]): PipelineMixRow[] {
	const rng = seededRandom(seed);
	return SYNTHETIC_MONTHS.flatMap((month) => {
		const counts = TIERS.map(() => 0);
		for (let i = 0; i < perMonth; i++) counts[TIERS.indexOf(rng.weighted(TIERS, shares(month)))]++;
		return TIERS.map((bin, i) => ({ source: 'deals' as const, dimension: 'tier' as const, month, bin, n: counts[i] }));
	});
}

const stable = () => [0.25, 0.19, 0.1, 0.455, 0.005];
const context = () => triggerContext(SYNTHETIC_SPAN, resolveDriftSettings());

describe('mixTrigger', () => {
	it('stays at ok when the tier mix is stable', () => {
		const result = mixTrigger(dealsTier, tierRows(1, 1200, stable), context());
		expect(result.series.filter((p) => p.status !== 'ok')).toEqual([]);
		expect(result.bins).toEqual(TIERS);
		expect(result.reference.icpShare).toBeCloseTo(0.44, 1);
		expect(result.dispersion).toBeLessThan(1.5);
	});

	it('fires when the ICP share falls from 44% to 30%, in the month the shift is significant and material', () => {
		const falling = (month: string) => (month >= '2025-07' ? [0.17, 0.13, 0.1, 0.595, 0.005] : stable());
		const result = mixTrigger(dealsTier, tierRows(2, 1200, falling), context());
		const firstWatch = result.series.find((p) => p.status !== 'ok');
		expect(firstWatch?.month).toBe('2025-07');
		expect(result.status).toBe('review');
		expect(result.firstFired).toBe('2025-08');
		expect(result.series.filter((p) => p.month < '2025-07').every((p) => p.status === 'ok')).toBe(true);
		expect(result.explanation).toMatch(/ICP share is 30\.\d% against 44\.\d%/);
	});

	it('does not compare windows that overlap the reference', () => {
		const result = mixTrigger(dealsTier, tierRows(3, 1200, stable), context());
		const evaluated = result.series.filter((p) => p.evaluated).map((p) => p.month);
		expect(evaluated[0]).toBe('2024-03');
	});

	it('discounts overdispersed mixes: clustered months inflate the reference dispersion', () => {
		// every month the whole volume of tier C comes from one account that may or may not buy
		const rng = seededRandom(4);
		const buys = new Map(SYNTHETIC_MONTHS.map((m) => [m, rng.chance(0.5)]));
		const clumpy = (month: string) => (buys.get(month) ? [0.25, 0.19, 0.2, 0.355, 0.005] : [0.25, 0.19, 0, 0.555, 0.005]);
		const result = mixTrigger(dealsTier, tierRows(4, 600, clumpy), context());
		expect(result.dispersion).toBeGreaterThan(5);
	});
});

describe('bins', () => {
	it('keeps the largest categories and folds the rest into other', () => {
		const reference = new Map([
			['Software', 50],
			['Fintech', 30],
			['Retail', 10],
			['Energy', 5],
			['Media', 3],
			['Legal', 2]
		]);
		expect(chooseBins(reference, [...reference.keys()], 5)).toEqual(['Software', 'Fintech', 'Retail', 'Energy', 'other']);
		expect(chooseBins(reference, ['Media', 'Software'], 5)).toEqual(['Software', 'Media']);
		expect(chooseBins(new Map(), ['out', 'A', 'unknown'], 5, TIERS)).toEqual(['A', 'out', 'unknown']);
	});

	it('merges the rarest bins until every expected count reaches 5', () => {
		// reference shares .5, .3, .15, .04, .01 over a window of 100: expected 50, 30, 15, 4, 1
		expect(mergeSparseBins([50, 30, 15, 4, 1], 100)).toEqual([[0], [1], [2], [3, 4]]);
		expect(mergeSparseBins([50, 30, 15, 4, 1], 1000)).toEqual([[0], [1], [2], [3], [4]]);
		expect(mergeSparseBins([50, 30, 15, 4, 1], 8)).toEqual([[0, 1, 2, 3, 4]]);
	});
});
