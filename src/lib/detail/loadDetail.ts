import type { DashboardState } from '../app/dashboardUrlState';
import type { FilterOptions } from '../app/filterOptions';
import type { MonthRange } from '../app/period';
import { reportFilterFromDashboard } from '../app/reportFilterFromDashboard';
import type { Engine } from '../db/engine';
import { setReportFilter, type ReportSettings } from '../kpis/reportFilter';
import { readReportFrame } from '../kpis/reportPeriods';

/** What every detail page shows around its panels, and the KPI result of its page. */
export interface DetailModel<T> {
	options: FilterOptions;
	period: MonthRange;
	previous: MonthRange;
	settings: ReportSettings;
	result: T;
}

/**
 * A detail page's whole read, meant to run as one engine task: set the report filter from the URL
 * state, then run the page's KPI query against it (no other task can change the filter in between).
 * `options` (queryFilterOptions) depend on the data only, so the caller may reuse them.
 */
export async function loadDetail<T>(
	engine: Engine,
	options: FilterOptions,
	dashboard: DashboardState,
	query: (engine: Engine) => Promise<T>
): Promise<DetailModel<T>> {
	const filter = reportFilterFromDashboard(dashboard, options.data);
	await setReportFilter(engine, filter);
	const { settings, periods } = await readReportFrame(engine);
	const result = await query(engine);
	return {
		options,
		period: { from: filter.fromMonth, to: filter.toMonth },
		previous: { from: periods.previous.from, to: periods.previous.to },
		settings,
		result
	};
}
