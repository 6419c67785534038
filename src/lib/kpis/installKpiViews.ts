import type { Engine } from '../db/engine';
import { materializeViews } from '../db/materializeViews';
import accountSegments from '../sql/kpis/account_segments.sql?raw';
import campaignChannels from '../sql/kpis/campaign_channels.sql?raw';
import campaignFunnel from '../sql/kpis/campaign_funnel.sql?raw';
import channelFunnel from '../sql/kpis/channel_funnel.sql?raw';
import cltvHistorical from '../sql/kpis/cltv_historical.sql?raw';
import cltvSummary from '../sql/kpis/cltv_summary.sql?raw';
import customerLifetimes from '../sql/kpis/customer_lifetimes.sql?raw';
import customerMonthGrid from '../sql/kpis/customer_month_grid.sql?raw';
import customerMonthStates from '../sql/kpis/customer_month_states.sql?raw';
import customerMrr from '../sql/kpis/customer_mrr.sql?raw';
import customerSurvivalCounts from '../sql/kpis/customer_survival_counts.sql?raw';
import customersInScope from '../sql/kpis/customers_in_scope.sql?raw';
import dataBounds from '../sql/kpis/data_bounds.sql?raw';
import dealsEnriched from '../sql/kpis/deals_enriched.sql?raw';
import dealsInScope from '../sql/kpis/deals_in_scope.sql?raw';
import funnelByMonth from '../sql/kpis/funnel_by_month.sql?raw';
import leadsEnriched from '../sql/kpis/leads_enriched.sql?raw';
import leadsInScope from '../sql/kpis/leads_in_scope.sql?raw';
import reportFilter from '../sql/kpis/report_filter.sql?raw';
import reportFilterVariables from '../sql/kpis/report_filter_variables.sql?raw';
import reportPeriodMonths from '../sql/kpis/report_period_months.sql?raw';
import reportPeriods from '../sql/kpis/report_periods.sql?raw';
import reportSettings from '../sql/kpis/report_settings.sql?raw';
import retentionCohorts from '../sql/kpis/retention_cohorts.sql?raw';
import retentionWindows from '../sql/kpis/retention_windows.sql?raw';
import salesCycleDeals from '../sql/kpis/sales_cycle_deals.sql?raw';
import salesCycleSummary from '../sql/kpis/sales_cycle_summary.sql?raw';
import salesCycleWonDays from '../sql/kpis/sales_cycle_won_days.sql?raw';
import timeToCloseCounts from '../sql/kpis/time_to_close_counts.sql?raw';
import winRateByMonth from '../sql/kpis/win_rate_by_month.sql?raw';
import winRateByTier from '../sql/kpis/win_rate_by_tier.sql?raw';

/** In dependency order: every view only reads tables and views created before it. */
const KPI_SQL = [
	reportFilter,
	reportFilterVariables,
	reportSettings,
	dataBounds,
	reportPeriods,
	reportPeriodMonths,
	campaignChannels,
	accountSegments,
	dealsEnriched,
	dealsInScope,
	winRateByMonth,
	winRateByTier,
	salesCycleDeals,
	salesCycleSummary,
	salesCycleWonDays,
	timeToCloseCounts,
	customerMrr,
	customerLifetimes,
	customersInScope,
	customerMonthGrid,
	customerMonthStates,
	retentionWindows,
	retentionCohorts,
	customerSurvivalCounts,
	cltvSummary,
	cltvHistorical,
	leadsEnriched,
	leadsInScope,
	campaignFunnel,
	channelFunnel,
	funnelByMonth
];

/**
 * Creates report_filter / report_settings (kept if they exist) and every KPI view. Needs the
 * canonical tables and the ICP compiler's *_classified views first; safe to run again. Views named
 * in `freeze` become tables as soon as they are defined, so the views and the filter-derived tables
 * built after them read the frozen copies.
 */
export async function installKpiViews(engine: Engine, { freeze = [] }: { freeze?: readonly string[] } = {}): Promise<void> {
	const pending = new Set(freeze);
	for (const sql of KPI_SQL) {
		await engine.exec(sql);
		const view = /CREATE OR REPLACE VIEW (\w+) AS/.exec(sql)?.[1];
		if (view && pending.delete(view)) await materializeViews(engine, [view]);
	}
	if (pending.size > 0) throw new Error(`installKpiViews: no KPI view named ${[...pending].join(', ')} to freeze`);
}
