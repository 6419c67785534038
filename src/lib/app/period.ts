import { format, parse, startOfMonth, subMonths } from 'date-fns';

export type PeriodPreset = 'last-month' | 'last-quarter' | 'last-12-months' | 'all' | 'custom';

export const periodPresets: { value: PeriodPreset; label: string }[] = [
	{ value: 'last-month', label: 'Last month' },
	{ value: 'last-quarter', label: 'Last 3 months' },
	{ value: 'last-12-months', label: 'Last 12 months' },
	{ value: 'all', label: 'All data' },
	{ value: 'custom', label: 'Custom' }
];

/** Inclusive range of whole months, as 'YYYY-MM'. */
export interface MonthRange {
	from: string;
	to: string;
}

const monthFormat = 'yyyy-MM';

export function parseMonth(month: string): Date {
	const date = parse(month, monthFormat, new Date(2000, 0, 1));
	if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}$/.test(month)) throw new Error(`"${month}" is not a month (YYYY-MM)`);
	return date;
}

export function formatMonth(date: Date): string {
	return format(startOfMonth(date), monthFormat);
}

/**
 * Presets count back from the data's last month (not today's date), so a link to "last quarter"
 * shows the same months to everyone looking at the same data. The period before it, for deltas,
 * is the SQL's (report_periods.sql).
 */
export function resolvePeriod(preset: PeriodPreset, data: MonthRange, custom?: Partial<MonthRange>): MonthRange {
	if (preset === 'all') return { from: data.from, to: data.to };
	const end = parseMonth(data.to);
	let from: Date;
	let to: Date = end;
	if (preset === 'custom' && custom?.from && custom?.to) {
		from = parseMonth(custom.from);
		to = parseMonth(custom.to);
		if (from > to) [from, to] = [to, from];
	} else {
		const length = preset === 'last-month' ? 1 : preset === 'last-quarter' ? 3 : 12;
		from = subMonths(end, length - 1);
	}
	return { from: formatMonth(from), to: formatMonth(to) };
}
