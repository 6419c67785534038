import type { DashboardState } from '../app/dashboardUrlState';
import { queryFilterOptions, type FilterOptions } from '../app/filterOptions';
import type { MonthRange } from '../app/period';
import { reportFilterFromDashboard } from '../app/reportFilterFromDashboard';
import type { Engine } from '../db/engine';
import { queryOverview } from '../kpis/overview';
import { readReportSettings, setReportFilter } from '../kpis/reportFilter';
import { queryWinRateByMonth, type WinRateMonth } from '../kpis/winRate';
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

/** Everything the overview shows, in one engine task: set the filter, then read each KPI family. */
export async function loadOverview(engine: Engine, state: DashboardState, href: (path: string) => string): Promise<OverviewModel> {
	const options = await queryFilterOptions(engine);
	const filter = reportFilterFromDashboard(state, options.data);
	await setReportFilter(engine, filter);
	const settings = await readReportSettings(engine);
	const overview = await queryOverview(engine);
	return {
		options,
		period: { from: overview.period.from, to: overview.period.to },
		previous: { from: overview.previousPeriod.from, to: overview.previousPeriod.to },
		cards: OVERVIEW_FAMILIES.map((family) => overviewCard(overview[family], overview, settings, href)),
		winRateByMonth: await queryWinRateByMonth(engine, settings),
		winRateEnoughData: overview.winRate.enoughData
	};
}
