import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

describe('resolvePeriod', () => {
	it('counts presets back from the last data month and gives the previous range of equal length', () => {
		expect(resolvePeriod('last-quarter', '2025-12')).toEqual({
			from: '2025-10',
			to: '2025-12',
			months: 3,
			previous: { from: '2025-07', to: '2025-09' }
		});
		expect(resolvePeriod('last-month', '2025-01')).toMatchObject({ from: '2025-01', to: '2025-01', previous: { from: '2024-12', to: '2024-12' } });
		expect(resolvePeriod('last-12-months', '2025-12')).toMatchObject({ from: '2025-01', to: '2025-12', previous: { from: '2024-01', to: '2024-12' } });
	});

	it('orders a reversed custom range and rejects a malformed month', () => {
		expect(resolvePeriod('custom', '2025-12', { from: '2024-06', to: '2024-01' })).toMatchObject({ from: '2024-01', to: '2024-06', months: 6 });
		expect(() => resolvePeriod('custom', '2025-12', { from: '2024-13', to: '2024-01' })).toThrow(/not a month/);
	});
});
