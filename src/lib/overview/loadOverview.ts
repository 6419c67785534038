import type { DashboardState } from '../app/dashboardUrlState';
import { queryFilterOptions, type FilterOptions } from '../app/filterOptions';
import type { MonthRange } from '../app/period';
import { reportFilterFromDashboard } from '../app/reportFilterFromDashboard';
import type { Engine } from '../db/engine';
import { queryCltv, queryCltvPeriods } from '../kpis/cltv';
import { readReportSettings, setReportFilter } from '../kpis/reportFilter';
import { queryRetention, queryRetentionPeriods } from '../kpis/retention';
import { querySalesCycle, querySalesCyclePeriods } from '../kpis/salesCycle';
import { queryWinRate, queryWinRatePeriods, type WinRateResult } from '../kpis/winRate';
import type { KpiCardModel } from './kpiCardModel';
import { cltvCard, retentionCard, salesCycleCard, winRateCard } from './overviewCards';

export interface OverviewModel {
	options: FilterOptions;
	period: MonthRange;
	previous: MonthRange;
	cards: KpiCardModel[];
	winRate: WinRateResult;
}

/** Everything the overview shows, in one engine task: set the filter, then read each KPI family. */
export async function loadOverview(engine: Engine, state: DashboardState, href: (path: string) => string): Promise<OverviewModel> {
	const options = await queryFilterOptions(engine);
	const filter = reportFilterFromDashboard(state, options.data);
	await setReportFilter(engine, filter);
	const settings = await readReportSettings(engine);
	const winRate = await queryWinRate(engine);
	const winRatePeriods = await queryWinRatePeriods(engine, settings);
	const salesCycle = await querySalesCycle(engine);
	const retention = await queryRetention(engine);
	const cltv = await queryCltv(engine);
	return {
		options,
		period: { from: filter.fromMonth, to: filter.toMonth },
		previous: { from: winRatePeriods.previous.from, to: winRatePeriods.previous.to },
		cards: [
			winRateCard(winRate, winRatePeriods.previous, settings, href),
			salesCycleCard(salesCycle, (await querySalesCyclePeriods(engine, settings)).previous, settings, href),
			retentionCard(retention, (await queryRetentionPeriods(engine, settings)).previous, settings, href),
			cltvCard(cltv, (await queryCltvPeriods(engine, settings)).previous, settings, href)
		],
		winRate
	};
}
