import type { DashboardState } from '../app/dashboardUrlState';
import type { FilterOptions } from '../app/filterOptions';
import type { MonthRange } from '../app/period';
import { reportFilterFromDashboard } from '../app/reportFilterFromDashboard';
import type { Engine } from '../db/engine';
import { queryOverview } from '../kpis/overview';
import { setReportFilter } from '../kpis/reportFilter';
import { readReportFrame } from '../kpis/reportPeriods';
import type { WinRateMonth } from '../kpis/winRate';
import type { KpiCardModel } from './kpiCardModel';
import { OVERVIEW_FAMILIES, overviewCard } from './overviewCards';

export interface OverviewModel {
	options: FilterOptions;
	period: MonthRange;
	previous: MonthRange;
	cards: KpiCardModel[];
	winRateByMonth: WinRateMonth[];
	winRateEnoughData: boolean;
}

/**
 * Everything the overview shows, in one engine task: set the filter, then read each KPI family.
 * `options` (queryFilterOptions) depend on the data only, so the caller may reuse them.
 */
export async function loadOverview(
	engine: Engine,
	options: FilterOptions,
	state: DashboardState,
	href: (path: string) => string
): Promise<OverviewModel> {
	const filter = reportFilterFromDashboard(state, options.data);
	await setReportFilter(engine, filter);
	const frame = await readReportFrame(engine);
	const overview = await queryOverview(engine, frame);
	return {
		options,
		period: { from: overview.period.from, to: overview.period.to },
		previous: { from: overview.previousPeriod.from, to: overview.previousPeriod.to },
		cards: OVERVIEW_FAMILIES.map((family) => overviewCard(overview[family], overview, frame.settings, href)),
		winRateByMonth: overview.winRateByMonth,
		winRateEnoughData: overview.winRate.enoughData
	};
}
