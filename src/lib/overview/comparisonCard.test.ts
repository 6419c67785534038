import { describe, expect, it } from 'vitest';
import { comparisonCard, type Comparison } from './comparisonCard';

const base: Comparison = {
	id: 'x',
	title: 'X',
	definition: 'd',
	href: '/x',
	confidence: 0.95,
	icp: { value: 42, n: 120 },
	nonIcp: { value: 78, n: 300 },
	advantage: { diff: -36, low: -40, high: -30, p: null },
	previousDiff: -30,
	previousLabel: '2024',
	better: 'lower',
	enoughData: true,
	insufficientReason: '',
	formatValue: (v) => `${v}`,
	formatDiff: (v) => `${v}`,
	sparkline: null
};

describe('comparisonCard', () => {
	it('calls an interval entirely on the better side good, and on the worse side bad', () => {
		expect(comparisonCard(base).advantage.tone).toBe('good');
		expect(comparisonCard({ ...base, better: 'higher' }).advantage.tone).toBe('bad');
	});

	it('stays neutral when the interval crosses zero or is missing', () => {
		expect(comparisonCard({ ...base, advantage: { diff: -2, low: -5, high: 1, p: 0.3 } }).advantage.tone).toBe('neutral');
		expect(comparisonCard({ ...base, advantage: { diff: -2, low: null, high: null, p: null } }).advantage).toEqual({
			value: '-2',
			interval: 'no interval',
			tone: 'neutral'
		});
	});

	it('states the change since the previous period with both values', () => {
		expect(comparisonCard(base).delta).toBe('-6 vs 2024 (-30)');
		expect(comparisonCard({ ...base, previousDiff: null }).delta).toBeNull();
	});
});
