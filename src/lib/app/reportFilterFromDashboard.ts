import type { ReportFilter, Segment } from '../kpis/reportFilter';
import { SEGMENTS } from '../kpis/reportFilter';
import type { DashboardState } from './dashboardUrlState';
import { resolvePeriod, type MonthRange } from './period';

/** What the URL asks for, as the report_filter row the SQL reads. */
export function reportFilterFromDashboard(state: DashboardState, data: MonthRange): ReportFilter & { fromMonth: string; toMonth: string } {
	const period = resolvePeriod(state.period, data, { from: state.from ?? undefined, to: state.to ?? undefined });
	const segment = SEGMENTS.find((s) => s === state.segment) ?? null;
	return { fromMonth: period.from, toMonth: period.to, owner: state.owner, segment: segment as Segment | null, channel: state.channel };
}
