/** Calendar months as 'YYYY-MM' keys: the x-axis of every drift series. */

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: unknown): value is string {
	return typeof value === 'string' && MONTH_KEY.test(value);
}

function monthIndex(month: string): number {
	const m = MONTH_KEY.exec(month);
	if (!m) throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
	return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthFromIndex(index: number): string {
	const year = Math.floor(index / 12);
	const month = (index % 12) + 1;
	return `${year}-${month < 10 ? '0' : ''}${month}`;
}

export function addMonths(month: string, count: number): string {
	return monthFromIndex(monthIndex(month) + count);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
	return monthIndex(to) - monthIndex(from);
}

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthRange(from: string, to: string): string[] {
	const length = monthsBetween(from, to) + 1;
	return Array.from({ length: Math.max(0, length) }, (_, i) => addMonths(from, i));
}

/** The month of an ISO date 'YYYY-MM-DD'. */
export const monthOfDate = (date: string): string => date.slice(0, 7);

/** The last calendar day of a month, as 'YYYY-MM-DD'. */
export function lastDayOfMonth(month: string): string {
	const index = monthIndex(month) + 1;
	const date = new Date(Date.UTC(Math.floor(index / 12), index % 12, 0));
	return date.toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return date.toISOString().slice(0, 10) === value;
}

function dayNumber(date: string): number {
	if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
	return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export const addDays = (date: string, days: number): string => new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The same day `count` months later, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsToDate(date: string, count: number): string {
	dayNumber(date);
	const month = addMonths(monthOfDate(date), count);
	const last = lastDayOfMonth(month);
	const day = Math.min(Number(date.slice(8, 10)), Number(last.slice(8, 10)));
	return `${month}-${day < 10 ? '0' : ''}${day}`;
}
