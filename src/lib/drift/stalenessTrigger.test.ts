import { describe, expect, it } from 'vitest';
import type { IcpDefinition } from '../icp/types';
import { triggerContext } from './context';
import { resolveDriftSettings } from './settings';
import { stalenessTrigger } from './stalenessTrigger';
import { SYNTHETIC_SPAN } from './testSeries';

const definition: IcpDefinition = {
	name: 'Test ICP',
	tiers: { A: 70, B: 40 },
	versions: [
		{ version: '1', effectiveFrom: '2023-01-01', criteria: [] },
		{ version: '2', effectiveFrom: '2025-10-15', criteria: [] }
	]
};
const context = (cadenceMonths = 3) => triggerContext(SYNTHETIC_SPAN, resolveDriftSettings({ staleness: { cadenceMonths, watchDays: 30 } }));

describe('stalenessTrigger', () => {
	it('counts the age of the version in force from its effectiveFrom to asOf', () => {
		const onTime = stalenessTrigger(definition, [], '2025-12-31', context());
		expect(onTime).toMatchObject({ status: 'watch', icpVersion: '2', dueDate: '2026-01-15', ageDays: 77, firstFired: '2025-12' });
		const late = stalenessTrigger(definition, [], '2026-01-15', context());
		expect(late).toMatchObject({ status: 'review', firstFired: '2026-01', episodeStart: '2025-12' });
		expect(late.explanation).toMatch(/ICP version 2 took effect on 2025-10-15: 92 days before 2026-01-15/);
	});

	it('restarts the clock from the last recorded review, including one recorded after asOf', () => {
		const reviewed = stalenessTrigger(definition, ['2025-09-01'], '2025-09-30', context());
		expect(reviewed).toMatchObject({ icpVersion: '1', status: 'ok', reviewedOrEffective: '2025-09-01', dueDate: '2025-12-01' });
		const afterData = stalenessTrigger(definition, ['2026-02-01'], '2025-12-31', context(1));
		expect(afterData).toMatchObject({ status: 'ok', ageDays: 0, lastReviewed: '2026-02-01' });
	});

	it('gives each month its own status for the chart', () => {
		const result = stalenessTrigger(definition, ['2024-06-10'], '2025-12-31', context());
		const status = (month: string) => result.series.find((p) => p.month === month)?.status;
		expect(status('2023-02')).toBe('ok');
		expect(status('2023-03')).toBe('watch');
		expect(status('2023-04')).toBe('review');
		expect(status('2024-06')).toBe('ok');
		expect(status('2024-09')).toBe('review');
		expect(status('2025-10')).toBe('ok');
	});

	it('has nothing to review before any version is in force', () => {
		expect(stalenessTrigger(definition, [], '2022-06-30', context())).toMatchObject({ status: 'ok', icpVersion: null, sufficient: false });
	});
});
