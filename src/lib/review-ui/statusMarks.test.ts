import { describe, expect, it } from 'vitest';
import type { TriggerStatus } from '../drift/types';
import { statusAreaSeries, statusRuns } from './statusMarks';

const points = (statuses: string) =>
	[...statuses].map((s, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, status: ({ o: 'ok', w: 'watch', r: 'review' } as const)[s as 'o' | 'w' | 'r'] as TriggerStatus }));

describe('statusRuns', () => {
	it('groups consecutive months at the same status, split by ok and by a change of status', () => {
		expect(statusRuns(points('owwrrowr'))).toEqual([
			{ status: 'watch', from: '2025-02', to: '2025-03' },
			{ status: 'review', from: '2025-04', to: '2025-05' },
			{ status: 'watch', from: '2025-07', to: '2025-07' },
			{ status: 'review', from: '2025-08', to: '2025-08' }
		]);
		expect(statusRuns(points('ooo'))).toEqual([]);
	});

	it('labels long stretches and the latest one, not short earlier ones', () => {
		const months = points('wwwowoorr').map((p) => p.month);
		const series = statusAreaSeries(months, statusRuns(points('wwwowoorr'))) as { markArea: { data: [{ label: { show: boolean } }, unknown][] } };
		expect(series.markArea.data.map(([from]) => from.label.show)).toEqual([true, false, true]);
	});
});
