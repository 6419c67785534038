export function formatPercent(rate: number | null | undefined, digits = 1): string {
	if (rate === null || rate === undefined || !Number.isFinite(rate)) return '–';
	return `${(rate * 100).toFixed(digits)}%`;
}

/** A difference of two rates, in percentage points with its sign. */
export function formatPoints(diff: number | null | undefined, digits = 1): string {
	if (diff === null || diff === undefined || !Number.isFinite(diff)) return '–';
	const points = diff * 100;
	return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(digits)} pts`;
}

export function formatCount(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return '–';
	return Math.round(n).toLocaleString('en-US');
}

export function formatMoney(amount: number | null | undefined, currency = 'USD'): string {
	if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
	return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatPValue(p: number | null | undefined): string {
	if (p === null || p === undefined || !Number.isFinite(p)) return '–';
	return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
