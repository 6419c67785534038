import { cusumUpper } from '../stats/cusum';
import { addMonths } from './months';
import type { AdvantagePoint, AdvantageReason, GroupMeasure, TriggerStatus } from './types';

/** One window's comparison of the ICP group with the rest. */
export interface WindowEstimate {
	icp: GroupMeasure;
	nonIcp: GroupMeasure;
	advantage: number;
	low: number;
	high: number;
	/** Standard error on the scale where the interval is symmetric (the difference, or the log ratio). */
	se: number;
}

/** A monthly value standardized against the reference (win rate's CUSUM input); null when the month is too thin. */
export type MonthlyShortfall = (month: string) => number | null;

export interface AdvantageSeriesOptions {
	months: readonly string[];
	/** Windows starting before this month are not evaluated. */
	evaluatedFrom: string;
	windowMonths: number;
	/** The comparison over a window of months; null when a group is below the minimum sample. */
	estimate: (window: readonly string[]) => WindowEstimate | null;
	/**
	 * The comparison over the reference window. Its interval's lower bound is the advantage a window
	 * must be able to resolve: a reference that is high by chance must not make later windows look eroded.
	 */
	reference: WindowEstimate | null;
	parity: number;
	floor: number;
	/** Maps an advantage to the scale of `se` (identity for differences, log for ratios). */
	testScale?: (advantage: number) => number;
	minResolution: number;
	consecutiveMonths: number;
	/** Optional CUSUM on standardized monthly shortfalls after the reference window. */
	cusum?: { shortfall: MonthlyShortfall; startAfter: string; k: number; h: number };
}

const identity = (x: number) => x;

/** The window of `length` months ending at `month`. */
export const windowEnding = (month: string, length: number): string[] => Array.from({ length }, (_, i) => addMonths(month, i - length + 1));

function cusumByMonth(months: readonly string[], cusum: NonNullable<AdvantageSeriesOptions['cusum']>): Map<string, number> {
	const monitored = months.filter((m) => m > cusum.startAfter);
	const observed = monitored.flatMap((month) => {
		const x = cusum.shortfall(month);
		return x === null || !Number.isFinite(x) ? [] : [{ month, x }];
	});
	const { s } = cusumUpper(
		observed.map((o) => o.x),
		{ k: cusum.k, h: cusum.h }
	);
	const byMonth = new Map<string, number>();
	let last = 0;
	let next = 0;
	for (const month of monitored) {
		if (observed[next]?.month === month) last = s[next++];
		byMonth.set(month, last);
	}
	return byMonth;
}

/**
 * The month-by-month status of an advantage: watch when the window's advantage is below the floor;
 * review when the interval's lower bound has been at or below parity for `consecutiveMonths`
 * resolved months in a row, or when the CUSUM of monthly shortfalls crosses h.
 */
export function advantageSeries(options: AdvantageSeriesOptions): AdvantagePoint[] {
	const scale = options.testScale ?? identity;
	const referenceDistance = options.reference ? scale(options.reference.low) - scale(options.parity) : null;
	const cusum = options.cusum ? cusumByMonth(options.months, options.cusum) : new Map<string, number>();
	let lowAtParityRun = 0;
	return options.months.map((month): AdvantagePoint => {
		const window = windowEnding(month, options.windowMonths);
		const estimate = window[0] >= options.evaluatedFrom ? options.estimate(window) : null;
		const cusumValue = cusum.get(month) ?? null;
		const cusumFired = cusumValue !== null && options.cusum !== undefined && cusumValue > options.cusum.h;
		if (estimate === null) {
			lowAtParityRun = 0;
			return {
				month,
				status: cusumFired ? 'review' : 'ok',
				evaluated: cusumFired,
				resolved: false,
				icp: { value: null, n: 0 },
				nonIcp: { value: null, n: 0 },
				advantage: null,
				low: null,
				high: null,
				resolution: null,
				cusum: cusumValue,
				reason: cusumFired ? 'cusum' : null
			};
		}
		const resolution = referenceDistance !== null && estimate.se > 0 ? referenceDistance / estimate.se : null;
		const resolved = resolution !== null && resolution >= options.minResolution;
		lowAtParityRun = resolved && estimate.low <= options.parity ? lowAtParityRun + 1 : 0;
		const intervalFired = lowAtParityRun >= options.consecutiveMonths;
		let status: TriggerStatus = 'ok';
		let reason: AdvantageReason | null = null;
		if (intervalFired || cusumFired) {
			status = 'review';
			reason = intervalFired && cusumFired ? 'interval+cusum' : intervalFired ? 'interval' : 'cusum';
		} else if (estimate.advantage < options.floor) {
			status = 'watch';
			reason = 'floor';
		}
		return {
			month,
			status,
			evaluated: true,
			resolved,
			icp: estimate.icp,
			nonIcp: estimate.nonIcp,
			advantage: estimate.advantage,
			low: estimate.low,
			high: estimate.high,
			resolution,
			cusum: cusumValue,
			reason
		};
	});
}
