import type { PeriodPreset } from './period';

/** What a shared link reproduces: the period and the filters. */
export interface DashboardState {
	period: PeriodPreset;
	from: string | null;
	to: string | null;
	owner: string | null;
	segment: string | null;
	channel: string | null;
}

export const defaultDashboardState: DashboardState = {
	period: 'last-12-months',
	from: null,
	to: null,
	owner: null,
	segment: null,
	channel: null
};

const presets: readonly PeriodPreset[] = ['last-month', 'last-quarter', 'last-12-months', 'all', 'custom'];
const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

function text(params: URLSearchParams, key: string): string | null {
	const value = params.get(key)?.trim();
	return value ? value : null;
}

function month(params: URLSearchParams, key: string): string | null {
	const value = text(params, key);
	return value && monthPattern.test(value) ? value : null;
}

/** Unknown or malformed values fall back to the defaults rather than breaking the page. */
export function dashboardStateFromUrl(params: URLSearchParams): DashboardState {
	const period = params.get('period') as PeriodPreset | null;
	return {
		period: period && presets.includes(period) ? period : defaultDashboardState.period,
		from: month(params, 'from'),
		to: month(params, 'to'),
		owner: text(params, 'owner'),
		segment: text(params, 'segment'),
		channel: text(params, 'channel')
	};
}

/** Only what differs from the defaults goes into the link, so links stay short. */
export function dashboardStateToUrl(state: DashboardState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.period !== defaultDashboardState.period) params.set('period', state.period);
	if (state.period === 'custom') {
		if (state.from) params.set('from', state.from);
		if (state.to) params.set('to', state.to);
	}
	for (const key of ['owner', 'segment', 'channel'] as const) {
		const value = state[key];
		if (value) params.set(key, value);
	}
	return params;
}
