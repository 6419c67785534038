import { eachMonthOfInterval } from 'date-fns';
import { formatMonth, parseMonth } from '../app/period';
import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { readReportSettings, type ReportSettings } from './reportFilter';

export type PeriodName = 'current' | 'previous';

export interface ReportPeriod {
	/** First and last month, inclusive, as 'YYYY-MM'. */
	from: string;
	to: string;
	months: number;
}

type PeriodRow = {
	period: PeriodName;
	from_month: string;
	to_month: string;
	months: number;
};

/** The report period and the period of equal length before it (report_periods.sql). */
export async function readReportPeriods(engine: Engine): Promise<Record<PeriodName, ReportPeriod>> {
	const rows = tableRows<PeriodRow>(
		await engine.query(
			"SELECT period, strftime(from_month, '%Y-%m') AS from_month, strftime(to_month, '%Y-%m') AS to_month, months FROM report_periods"
		)
	);
	const empty: ReportPeriod = { from: '', to: '', months: 0 };
	const byName: Record<PeriodName, ReportPeriod> = { current: empty, previous: empty };
	for (const row of rows) byName[row.period] = { from: row.from_month ?? '', to: row.to_month ?? '', months: row.months ?? 0 };
	return byName;
}

/** Every month of `period`, 'YYYY-MM', oldest first; none for an empty period (no data). */
export function monthsOfPeriod(period: ReportPeriod): string[] {
	if (!period.from || !period.to) return [];
	return eachMonthOfInterval({ start: parseMonth(period.from), end: parseMonth(period.to) }).map(formatMonth);
}

/**
 * What every KPI query of one page view shares: the settings, both periods and the current
 * period's months (the x-axis of each monthly series). Read once per filter, then passed along.
 */
export interface ReportFrame {
	settings: ReportSettings;
	periods: Record<PeriodName, ReportPeriod>;
	months: string[];
	/** The last month of revenue data, 'YYYY-MM'; null without revenue. */
	revenueEndMonth: string | null;
}

export async function readReportFrame(engine: Engine): Promise<ReportFrame> {
	const [settings, periods, revenueEnd] = await Promise.all([
		readReportSettings(engine),
		readReportPeriods(engine),
		engine.query("SELECT strftime(revenue_end_month, '%Y-%m') AS revenue_end_month FROM data_bounds")
	]);
	const [bounds] = tableRows<{ revenue_end_month: string | null }>(revenueEnd);
	return { settings, periods, months: monthsOfPeriod(periods.current), revenueEndMonth: bounds?.revenue_end_month ?? null };
}
