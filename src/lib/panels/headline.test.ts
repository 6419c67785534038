import { describe, expect, it } from 'vitest';
import { advantageStat, advantageTone, rateStat } from './headline';
import { advantageTable } from './advantageTable';
import { rate } from './panelFixtures';
import { formatPoints } from '../format/formatNumbers';
import { tableCsv } from './tableModel';

describe('headline', () => {
	it('calls an advantage good only when its interval excludes zero in the better direction', () => {
		expect(advantageTone(0.01, 0.2)).toBe('good');
		expect(advantageTone(-0.05, 0.2)).toBe('neutral');
		expect(advantageTone(-0.3, -0.1)).toBe('bad');
		expect(advantageTone(-0.3, -0.1, false)).toBe('good');
		expect(advantageTone(null, null)).toBe('neutral');
	});

	it('marks a rate under min_sample as not enough data but keeps its n', () => {
		const stat = rateStat('x', 'X', rate(3, 10), '95%', 'leads');
		expect(stat.enoughData).toBe(false);
		expect(stat.detail).toContain('n = 10 leads');
	});

	it('says plainly when there is nothing to estimate', () => {
		expect(rateStat('x', 'X', rate(0, 0), '95%', 'leads').detail).toBe('n = 0 leads');
		expect(advantageStat('a', 'A', { diff: null, low: null, high: null, p: null, method: null }, formatPoints, '95%', false).detail).toBe('no comparison: a group has no data');
	});

	it('says which test produced the p-value', () => {
		const stat = advantageStat('a', 'A', { diff: -0.1, low: -0.3, high: 0.05, p: 0.2, method: 'fisher' }, formatPoints, '90%', true);
		expect(stat.detail).toBe("90% CI −30.0 pts to +5.0 pts · p = 0.200, Fisher's exact test");
		expect(stat.tone).toBe('neutral');
	});

	it('advantage table: interval ends and p as numbers in the CSV, "point estimate only" without an interval', () => {
		const table = advantageTable(
			[
				{ measure: 'Win rate', advantage: { diff: 0.1, low: 0.05, high: 0.15, p: 0.0001, method: 'z' }, format: formatPoints },
				{ measure: 'NRR', advantage: { diff: 0.2, low: null, high: null, p: null, method: null }, format: formatPoints }
			],
			'95%'
		);
		expect(tableCsv(table).rows).toEqual([
			['Win rate', 0.1, 0.05, 0.15, 0.0001, 'z'],
			['NRR', 0.2, null, null, null, null]
		]);
		expect(table.rows[1][2].text).toBe('point estimate only');
		expect(table.rows[0][5].text).toBe('p < 0.001');
	});
});
