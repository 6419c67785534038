import type { RateEstimate } from '../kpis/estimates';
import type { SurvivalCurve } from '../kpis/survivalCurves';
import type { WinRateGroup } from '../kpis/winRate';
import { kaplanMeierFromCounts, type SurvivalCounts } from '../stats/kaplanMeier';
import { wilsonInterval } from '../stats/wilson';

/** Small hand-made KPI results for the option builders' tests. Tests only. */
export const EVIL = '<img src=x onerror=alert(1)>';

export function rate(x: number, n: number, minSample = 30): RateEstimate {
	const w = wilsonInterval(x, n, 0.95);
	return { x, n, rate: n > 0 ? x / n : null, low: w.low, high: w.high, enoughData: n >= minSample };
}

export function winGroup(won: number, lost: number, amounts: { won?: number; lost?: number; priced?: number; missing?: number } = {}): WinRateGroup {
	const n = won + lost;
	const wonAmount = amounts.won ?? won * 1000;
	const lostAmount = amounts.lost ?? lost * 1000;
	const amountN = amounts.priced ?? n;
	return {
		...rate(won, n),
		won,
		lost,
		wonAmount,
		lostAmount,
		amountN,
		amountRate: amountN > 0 ? wonAmount / (wonAmount + lostAmount) : null,
		missingAmount: amounts.missing ?? 0
	};
}

export function curve(rows: SurvivalCounts[], minSample = 3): SurvivalCurve {
	const steps = kaplanMeierFromCounts(rows, 0.95);
	const n = rows.reduce((s, r) => s + r.events + r.censored, 0);
	return { n, events: rows.reduce((s, r) => s + r.events, 0), steps, medianTime: steps.find((s) => s.survival <= 0.5)?.time ?? null, enoughData: n >= minSample };
}

type Formatter = (params: unknown) => string;

/** The tooltip formatter of an option, called as ECharts would. */
export function tooltipOf(option: unknown): Formatter {
	return (option as { tooltip: { formatter: Formatter } }).tooltip.formatter;
}

export type Series = { name: string; type: string; data: unknown[]; stack?: string; step?: string };

export function seriesOf(option: unknown, name: string): Series {
	const found = (option as { series: Series[] }).series.find((s) => s.name === name);
	if (!found) throw new Error(`no series '${name}'`);
	return found;
}
