import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';

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

/** Every month of the current period, 'YYYY-MM', oldest first. */
export async function readReportMonths(engine: Engine): Promise<string[]> {
	const rows = tableRows<{ month: string }>(await engine.query('SELECT month FROM report_months ORDER BY month'));
	return rows.map((r) => r.month);
}
