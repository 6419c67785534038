import { addMonths, monthRange } from './months';
import type { DriftSettings } from './settings';
import type { DataSpan } from './inputs';
import type { MonthSpan } from './types';

/** What every trigger needs besides its own rows: the month axis, the reference window, the settings. */
export interface TriggerContext {
	months: string[];
	/** Windows starting before this month are not evaluated (see warmedUpMonth). */
	evaluatedFrom: string;
	reference: MonthSpan;
	settings: DriftSettings;
}

const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The first month whose closes are representative: the data's first month plus the 90th percentile
 * of the sales cycle, in months rounded up. An export that starts on a date holds only the fast
 * deals among the closes of its first months (the slower ones were opened before it), which
 * inflates the ICP's win-rate advantage and shortens cycles there.
 */
export function warmedUpMonth(span: DataSpan): string {
	const months = span.cycleP90Days === null ? 0 : Math.ceil(span.cycleP90Days / DAYS_PER_MONTH);
	const warmed = addMonths(span.firstMonth, months);
	return warmed <= span.lastMonth ? warmed : span.firstMonth;
}

/**
 * The month axis (every data month; only windows from the warmed-up month on are evaluated) and the
 * reference window: the settings' one, or `referenceMonths` months from the warmed-up month.
 */
export function triggerContext(span: DataSpan, settings: DriftSettings): TriggerContext {
	const evaluatedFrom = warmedUpMonth(span);
	const reference = settings.reference ?? { from: evaluatedFrom, to: addMonths(evaluatedFrom, settings.referenceMonths - 1) };
	return { months: monthRange(span.firstMonth, span.lastMonth), evaluatedFrom, reference, settings };
}

export const inSpan = (month: string, span: MonthSpan): boolean => month >= span.from && month <= span.to;

/** Rows keyed by month, split into the ICP and non-ICP row of that month. */
export function byMonthAndGroup<T extends { month: string; isIcp: boolean }>(rows: readonly T[]): Map<string, { icp?: T; nonIcp?: T }> {
	const map = new Map<string, { icp?: T; nonIcp?: T }>();
	for (const row of rows) {
		const cell = map.get(row.month) ?? {};
		cell[row.isIcp ? 'icp' : 'nonIcp'] = row;
		map.set(row.month, cell);
	}
	return map;
}
