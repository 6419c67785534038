import { describe, expect, it } from 'vitest';
import { dashboardStateFromUrl, dashboardStateToUrl, defaultDashboardState, type DashboardState } from './dashboardUrlState';

describe('dashboard URL state', () => {
	it('round-trips every field through the query string', () => {
		const state: DashboardState = { period: 'custom', from: '2024-01', to: '2024-06', owner: "Dana O'Neil & co", segment: 'SMB', channel: 'Paid search' };
		const params = dashboardStateToUrl(state);
		expect(dashboardStateFromUrl(new URLSearchParams(params.toString()))).toEqual(state);
	});

	it('writes nothing for the defaults and ignores malformed values', () => {
		expect(dashboardStateToUrl(defaultDashboardState).toString()).toBe('');
		expect(dashboardStateFromUrl(new URLSearchParams('period=forever&from=2024-13&owner=%20%20'))).toEqual(defaultDashboardState);
	});
});
