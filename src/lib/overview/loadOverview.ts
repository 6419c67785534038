import type { DashboardState } from '../app/dashboardUrlState';
import { queryFilterOptions, type FilterOptions } from '../app/filterOptions';
import type { MonthRange } from '../app/period';
import { reportFilterFromDashboard } from '../app/reportFilterFromDashboard';
import type { Engine } from '../db/engine';
import { readReportSettings, setReportFilter } from '../kpis/reportFilter';
import { queryWinRate, queryWinRatePeriods, type WinRateResult } from '../kpis/winRate';
import type { KpiCardModel } from './kpiCardModel';
import { winRateCard } from './winRateCard';

export interface OverviewModel {
	options: FilterOptions;
	period: MonthRange;
	previous: MonthRange;
	cards: KpiCardModel[];
	winRate: WinRateResult;
}

/** Everything the overview shows, in one engine task: set the filter, then read each KPI family. */
export async function loadOverview(engine: Engine, state: DashboardState, hrefOf: (path: string) => string): Promise<OverviewModel> {
	const options = await queryFilterOptions(engine);
	const filter = reportFilterFromDashboard(state, options.data);
	await setReportFilter(engine, filter);
	const settings = await readReportSettings(engine);
	const winRate = await queryWinRate(engine);
	const periods = await queryWinRatePeriods(engine, settings);
	return {
		options,
		period: { from: filter.fromMonth, to: filter.toMonth },
		previous: { from: periods.previous.from, to: periods.previous.to },
		cards: [winRateCard(periods.current, periods.previous, winRate.byMonth, settings.confidence, hrefOf('/win-rate'))],
		winRate
	};
}
