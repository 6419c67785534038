import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import customersInScopeSql from '../sql/kpis/customers_in_scope.sql?raw';
import reportFilterVariablesSql from '../sql/kpis/report_filter_variables.sql?raw';
import reportPeriodMonthsSql from '../sql/kpis/report_period_months.sql?raw';
import reportPeriodsSql from '../sql/kpis/report_periods.sql?raw';

export const SEGMENTS = ['SMB', 'Mid-market', 'Enterprise', 'Unknown'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** The report's filters; null or absent = all. Months are 'YYYY-MM' or 'YYYY-MM-DD' (the month is what counts). */
export interface ReportFilter {
	fromMonth?: string | null;
	toMonth?: string | null;
	owner?: string | null;
	segment?: Segment | null;
	channel?: string | null;
}

export interface ReportSettings {
	/** Closed deals / customers / leads a group needs before a figure is shown as enough data. */
	minSample: number;
	grossMargin: number;
	/** Level of every interval, e.g. 0.95. */
	confidence: number;
	/** Lowest monthly churn used by the churn-based CLTV. */
	churnFloor: number;
	cltvHorizonMonths: number;
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
	minSample: 30,
	grossMargin: 0.8,
	confidence: 0.95,
	churnFloor: 0.005,
	cltvHorizonMonths: 60
};

function monthStart(value: string | null | undefined, field: string): string | null {
	if (value === null || value === undefined || value === '') return null;
	const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value.trim());
	if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
		throw new RangeError(`report filter ${field}: expected 'YYYY-MM' or 'YYYY-MM-DD', got '${value}'`);
	}
	return `${match[1]}-${match[2]}-01`;
}

/**
 * Rewrites the one row of report_filter (report_filter.sql creates it), which every KPI view
 * reads, and rebuilds what is derived from it (the filter variables, the period tables, and the
 * customers in scope when owner, segment or channel change). Values are bound, never spliced.
 */
export async function setReportFilter(engine: Engine, filter: ReportFilter): Promise<void> {
	if (filter.segment != null && !SEGMENTS.includes(filter.segment)) {
		throw new RangeError(`report filter segment: expected one of ${SEGMENTS.join(', ')}, got '${filter.segment}'`);
	}
	const params = [
		monthStart(filter.fromMonth, 'fromMonth'),
		monthStart(filter.toMonth, 'toMonth'),
		filter.owner ?? null,
		filter.segment ?? null,
		filter.channel ?? null
	];
	const [before] = tableRows<{ owner: string | null; segment: string | null; channel: string | null }>(
		await engine.query('SELECT owner, segment, channel FROM report_filter')
	);
	const sameScope = before !== undefined && before.owner === params[2] && before.segment === params[3] && before.channel === params[4];
	await engine.query('UPDATE report_filter SET from_month = ?::DATE, to_month = ?::DATE, owner = ?::VARCHAR, segment = ?::VARCHAR, channel = ?::VARCHAR', params);
	// customers_in_scope does not depend on the period: a period change keeps it (installKpiViews
	// rebuilds it whenever the data or the classification changes)
	await engine.exec([reportFilterVariablesSql, reportPeriodsSql, reportPeriodMonthsSql, ...(sameScope ? [] : [customersInScopeSql])].join('\n'));
}

/** The tables derived from report_filter and the data (besides the filter variables). */
export const FILTER_DERIVED_TABLES = ['report_periods', 'report_period_months', 'customers_in_scope'] as const;

function checkSettings(s: ReportSettings): void {
	const fail = (field: string, expected: string, value: number) => {
		throw new RangeError(`report settings ${field}: expected ${expected}, got ${value}`);
	};
	if (!Number.isInteger(s.minSample) || s.minSample < 1) fail('minSample', 'an integer ≥ 1', s.minSample);
	if (!(s.grossMargin > 0 && s.grossMargin <= 1)) fail('grossMargin', 'a share in (0, 1]', s.grossMargin);
	if (!(s.confidence > 0 && s.confidence < 1)) fail('confidence', 'a level in (0, 1)', s.confidence);
	if (!(s.churnFloor > 0 && s.churnFloor < 1)) fail('churnFloor', 'a monthly rate in (0, 1)', s.churnFloor);
	if (!Number.isInteger(s.cltvHorizonMonths) || s.cltvHorizonMonths < 1) fail('cltvHorizonMonths', 'an integer ≥ 1', s.cltvHorizonMonths);
}

/** Replaces the one row of report_settings; settings not given keep their current value. */
export async function setReportSettings(engine: Engine, settings: Partial<ReportSettings>): Promise<void> {
	const merged = { ...(await readReportSettings(engine)), ...settings };
	checkSettings(merged);
	await engine.query('DELETE FROM report_settings');
	await engine.query('INSERT INTO report_settings VALUES (?::INTEGER, ?::DOUBLE, ?::DOUBLE, ?::DOUBLE, ?::INTEGER)', [
		merged.minSample,
		merged.grossMargin,
		merged.confidence,
		merged.churnFloor,
		merged.cltvHorizonMonths
	]);
}

type SettingsRow = {
	min_sample: number;
	gross_margin: number;
	confidence: number;
	churn_floor: number;
	cltv_horizon_months: number;
};

export async function readReportSettings(engine: Engine): Promise<ReportSettings> {
	const [row] = tableRows<SettingsRow>(await engine.query('SELECT * FROM report_settings LIMIT 1'));
	if (!row) return { ...DEFAULT_REPORT_SETTINGS };
	return {
		minSample: row.min_sample,
		grossMargin: row.gross_margin,
		confidence: row.confidence,
		churnFloor: row.churn_floor,
		cltvHorizonMonths: row.cltv_horizon_months
	};
}
