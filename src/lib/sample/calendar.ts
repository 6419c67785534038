/**
 * The sample's calendar. A day is an integer: days since 1970-01-01 (Arrow's Date32). A month is an
 * index counted from the first data month (0 = 2023-01, 35 = 2025-12).
 */
const MS_PER_DAY = 86_400_000;

export const FIRST_YEAR = 2023;
export const MONTHS = 36;

export const dayOf = (year: number, month1: number, day: number): number => Date.UTC(year, month1 - 1, day) / MS_PER_DAY;

export const monthStartDay = (month: number): number => dayOf(FIRST_YEAR, month + 1, 1);

export const daysInMonth = (month: number): number => monthStartDay(month + 1) - monthStartDay(month);

export const DATA_START_DAY = monthStartDay(0);
export const DATA_END_DAY = monthStartDay(MONTHS) - 1;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 'YYYY-MM' of a month index (negative indexes are months before the data). */
export function monthKey(month: number): string {
	const total = FIRST_YEAR * 12 + month;
	return `${Math.floor(total / 12)}-${pad2((total % 12) + 1)}`;
}

const isoCache = new Map<number, string>();
const monthCache = new Map<number, number>();

export function isoDate(day: number): string {
	let iso = isoCache.get(day);
	if (iso === undefined) {
		iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
		isoCache.set(day, iso);
	}
	return iso;
}

/** Month index of a day (negative before 2023-01). */
export function monthOfDay(day: number): number {
	let month = monthCache.get(day);
	if (month === undefined) {
		const date = new Date(day * MS_PER_DAY);
		month = (date.getUTCFullYear() - FIRST_YEAR) * 12 + date.getUTCMonth();
		monthCache.set(day, month);
	}
	return month;
}

export const isWeekend = (day: number): boolean => {
	const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4)
	return weekday === 0 || weekday === 6;
};
