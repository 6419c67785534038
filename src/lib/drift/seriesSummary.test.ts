import { describe, expect, it } from 'vitest';
import { summarizeSeries, type StatusPoint } from './seriesSummary';
import type { TriggerStatus } from './types';

const series = (statuses: string): StatusPoint[] =>
	[...statuses].map((c, i) => ({
		month: `2025-${String(i + 1).padStart(2, '0')}`,
		status: ({ o: 'ok', w: 'watch', r: 'review' } as Record<string, TriggerStatus>)[c] ?? 'ok',
		evaluated: c !== '-'
	}));

describe('summarizeSeries', () => {
	it('reports the current episode: where it started and where it reached its status', () => {
		expect(summarizeSeries(series('orowwrr'))).toEqual({ status: 'review', month: '2025-07', firstFired: '2025-06', episodeStart: '2025-04', sufficient: true });
	});

	it('takes the latest evaluated month when the newest months cannot be evaluated', () => {
		expect(summarizeSeries(series('oow--'))).toMatchObject({ status: 'watch', month: '2025-03', firstFired: '2025-03', episodeStart: '2025-03' });
	});

	it('is ok with no first-fired month once the latest month is back to ok', () => {
		expect(summarizeSeries(series('orro'))).toEqual({ status: 'ok', month: '2025-04', firstFired: null, episodeStart: null, sufficient: true });
	});

	it('says so when nothing could be evaluated', () => {
		expect(summarizeSeries(series('---'))).toEqual({ status: 'ok', month: null, firstFired: null, episodeStart: null, sufficient: false });
	});
});
