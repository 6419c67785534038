import { formatCount, formatMoney, formatPercent } from '../format/formatNumbers';
import type { Advantage } from '../kpis/estimates';

/** "95%" for a confidence of 0.95. */
export function confidenceLabel(confidence: number): string {
	return `${Math.round(confidence * 1000) / 10}%`;
}

/** "29.0% to 31.3%" (a dash between signed numbers would read as a minus); "–" when either end is unknown. */
export function formatInterval(low: number | null | undefined, high: number | null | undefined, format: (v: number | null) => string = formatPercent): string {
	if (low === null || low === undefined || high === null || high === undefined) return '–';
	return `${format(low)} to ${format(high)}`;
}

export function formatDays(days: number | null | undefined): string {
	if (days === null || days === undefined || !Number.isFinite(days)) return '–';
	return `${Math.round(days * 10) / 10} d`;
}

/** A signed difference in days: "−35 d". */
export function formatDayDifference(days: number | null | undefined): string {
	if (days === null || days === undefined || !Number.isFinite(days)) return '–';
	const rounded = Math.round(days * 10) / 10;
	return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)} d`;
}

export function formatMonths(months: number | null | undefined): string {
	if (months === null || months === undefined || !Number.isFinite(months)) return '–';
	return `${months.toFixed(1)} mo`;
}

/** A signed amount of money: "+$12,300". */
export function formatMoneyDifference(amount: number | null | undefined): string {
	if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
	const sign = amount > 0 ? '+' : amount < 0 ? '−' : '±';
	return `${sign}${formatMoney(Math.abs(amount))}`;
}

export function formatN(n: number, noun: string): string {
	return `n = ${formatCount(n)} ${noun}`;
}

const methodNames: Record<NonNullable<Advantage['method']>, string> = {
	z: 'two-proportion z-test',
	fisher: "Fisher's exact test",
	bootstrap: 'exact percentile bootstrap',
	'log-rank': 'log-rank test',
	mover: 'MOVER (square and add)',
	delta: 'ratio estimator, normal interval'
};

export function methodName(method: Advantage['method']): string {
	return method ? methodNames[method] : '–';
}

/** Axis ticks: "$16k", "$1.2M". */
export function formatMoneyCompact(amount: number): string {
	const abs = Math.abs(amount);
	const sign = amount < 0 ? '−' : '';
	if (abs >= 1e6) return `${sign}$${Math.round(abs / 1e5) / 10}M`;
	if (abs >= 1e3) return `${sign}$${Math.round(abs / 100) / 10}k`;
	return `${sign}$${Math.round(abs)}`;
}
