import { describe, expect, it } from 'vitest';
import { resolvePeriod } from './period';

const data = { from: '2023-01', to: '2025-12' };

describe('resolvePeriod', () => {
	it('counts presets back from the last data month', () => {
		expect(resolvePeriod('last-month', data)).toEqual({ from: '2025-12', to: '2025-12' });
		expect(resolvePeriod('last-quarter', data)).toEqual({ from: '2025-10', to: '2025-12' });
		expect(resolvePeriod('last-12-months', { from: '2023-01', to: '2025-02' })).toEqual({ from: '2024-03', to: '2025-02' });
		expect(resolvePeriod('all', data)).toEqual(data);
	});

	it('orders a reversed custom range and rejects a malformed month', () => {
		expect(resolvePeriod('custom', data, { from: '2024-06', to: '2024-01' })).toEqual({ from: '2024-01', to: '2024-06' });
		expect(() => resolvePeriod('custom', data, { from: '2024-13', to: '2024-01' })).toThrow(/not a month/);
	});
});
