import { isMonthKey, monthsBetween } from './months';
import type { MonthSpan } from './types';

/** Thresholds of the advantage triggers that share the windowed-interval logic. */
export interface AdvantageSettings {
	/** Months pooled into each window. */
	windowMonths: number;
	/** Watch when the window's advantage is below this (points as a fraction, days, or a CLTV ratio). */
	floor: number;
	/** Below this many per group in a window nothing is evaluated. */
	minPerGroup: number;
}

export interface DriftSettings {
	/** Confidence of the windowed intervals (two-sided). */
	confidence: number;
	/** Review when the interval's lower bound is at or below parity for this many consecutive months. */
	consecutiveMonths: number;
	/**
	 * Reference (baseline) months; null = `referenceMonths` months from the start of the data, after
	 * the warm-up months whose closed deals are fewer than half the median month.
	 */
	reference: MonthSpan | null;
	referenceMonths: number;
	/**
	 * The interval rule needs the window to resolve the reference advantage: the lower bound of the
	 * reference interval ≥ this many standard errors of the window. Smaller windows cannot tell
	 * "no advantage" from noise.
	 */
	minResolution: number;
	winRate: AdvantageSettings & {
		/** CUSUM allowance k and decision interval h, in standard deviations of the monthly advantage. */
		cusumK: number;
		cusumH: number;
		/** Months with fewer closed deals per group are skipped by the CUSUM. */
		cusumMinPerGroup: number;
	};
	cycle: AdvantageSettings;
	/** Trailing 12-month logo retention; each month is its own window (it already covers every customer). */
	retention: Omit<AdvantageSettings, 'windowMonths'>;
	/** CLTV ratio ICP ÷ non-ICP; minPerGroup counts churn events in the window. */
	cltv: AdvantageSettings;
	conversion: AdvantageSettings & {
		/** A lead converts when its deal is created within this many days; younger cohorts are not evaluated. */
		conversionDays: number;
	};
	mix: {
		windowMonths: number;
		/** Significance level of the chi-square test, per month (already strict for the many months tested). */
		alpha: number;
		/** PSI bands: moderate shift (watch) and major shift (review). */
		psiWatch: number;
		psiReview: number;
		/** A move of the ICP share by this much (fraction) also counts as material for tier mixes. */
		icpShareShift: number;
		/** Minimum new deals or leads in the window and in the reference. */
		minPerWindow: number;
		maxBins: number;
	};
	staleness: {
		/** The ICP should be reviewed this often (3 = quarterly). */
		cadenceMonths: number;
		/** Watch this many days before the review falls due. */
		watchDays: number;
	};
}

export const DEFAULT_DRIFT_SETTINGS: DriftSettings = {
	confidence: 0.9,
	consecutiveMonths: 2,
	reference: null,
	referenceMonths: 12,
	minResolution: 4,
	winRate: { windowMonths: 3, floor: 0.1, minPerGroup: 30, cusumK: 0.5, cusumH: 6, cusumMinPerGroup: 30 },
	cycle: { windowMonths: 3, floor: 7, minPerGroup: 30 },
	retention: { floor: 0.05, minPerGroup: 30 },
	cltv: { windowMonths: 3, floor: 1.25, minPerGroup: 10 },
	conversion: { windowMonths: 3, floor: 0.02, minPerGroup: 50, conversionDays: 90 },
	mix: { windowMonths: 3, alpha: 0.001, psiWatch: 0.1, psiReview: 0.25, icpShareShift: 0.05, minPerWindow: 100, maxBins: 5 },
	staleness: { cadenceMonths: 3, watchDays: 30 }
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object | null ? DeepPartial<NonNullable<T[K]>> | (null extends T[K] ? null : never) : T[K] };
export type DriftSettingsInput = DeepPartial<DriftSettings>;

export class DriftSettingsError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid drift settings:\n${problems.map((p) => `- ${p}`).join('\n')}`);
		this.name = 'DriftSettingsError';
	}
}

function merge<T extends object>(base: T, override: DeepPartial<T> | undefined): T {
	if (override === undefined) return base;
	const out = { ...base } as Record<string, unknown>;
	for (const [key, value] of Object.entries(override)) {
		if (value === undefined) continue;
		const current = out[key];
		out[key] = current !== null && typeof current === 'object' && value !== null && typeof value === 'object' ? merge(current, value) : value;
	}
	return out as T;
}

/** The defaults with `input` laid over them, checked: every problem found is listed with its path. */
export function resolveDriftSettings(input: DriftSettingsInput = {}): DriftSettings {
	const settings = merge(DEFAULT_DRIFT_SETTINGS, input);
	const problems: string[] = [];
	const check = (path: string, value: unknown, ok: (v: number) => boolean, expected: string) => {
		if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value)) problems.push(`${path}: expected ${expected}, got ${JSON.stringify(value)}`);
	};
	const integerAtLeast = (min: number) => (v: number) => Number.isInteger(v) && v >= min;
	const positive = (v: number) => v > 0;
	const probability = (v: number) => v > 0 && v < 1;
	check('confidence', settings.confidence, probability, 'a number between 0 and 1');
	check('consecutiveMonths', settings.consecutiveMonths, integerAtLeast(1), 'a whole number ≥ 1');
	check('referenceMonths', settings.referenceMonths, integerAtLeast(1), 'a whole number ≥ 1');
	check('minResolution', settings.minResolution, (v) => v >= 0, 'a number ≥ 0');
	if (settings.reference !== null) {
		const { from, to } = settings.reference;
		if (!isMonthKey(from) || !isMonthKey(to)) problems.push(`reference: expected months YYYY-MM, got ${JSON.stringify(settings.reference)}`);
		else if (monthsBetween(from, to) < 0) problems.push(`reference: "from" (${from}) is after "to" (${to})`);
	}
	const advantage = (name: string, s: Partial<AdvantageSettings>, floorCheck: (v: number) => boolean, floorExpected: string) => {
		if ('windowMonths' in s) check(`${name}.windowMonths`, s.windowMonths, integerAtLeast(1), 'a whole number ≥ 1');
		check(`${name}.floor`, s.floor, floorCheck, floorExpected);
		check(`${name}.minPerGroup`, s.minPerGroup, integerAtLeast(1), 'a whole number ≥ 1');
	};
	advantage('winRate', settings.winRate, (v) => v >= 0 && v < 1, 'a fraction in [0, 1)');
	check('winRate.cusumK', settings.winRate.cusumK, (v) => v >= 0, 'a number ≥ 0');
	check('winRate.cusumH', settings.winRate.cusumH, positive, 'a number > 0');
	check('winRate.cusumMinPerGroup', settings.winRate.cusumMinPerGroup, integerAtLeast(1), 'a whole number ≥ 1');
	advantage('cycle', settings.cycle, (v) => v >= 0, 'days ≥ 0');
	advantage('retention', settings.retention, (v) => v >= 0 && v < 1, 'a fraction in [0, 1)');
	advantage('cltv', settings.cltv, (v) => v >= 1, 'a ratio ≥ 1');
	advantage('conversion', settings.conversion, (v) => v >= 0 && v < 1, 'a fraction in [0, 1)');
	check('conversion.conversionDays', settings.conversion.conversionDays, integerAtLeast(1), 'a whole number of days ≥ 1');
	check('mix.windowMonths', settings.mix.windowMonths, integerAtLeast(1), 'a whole number ≥ 1');
	check('mix.alpha', settings.mix.alpha, probability, 'a number between 0 and 1');
	check('mix.psiWatch', settings.mix.psiWatch, positive, 'a number > 0');
	check('mix.psiReview', settings.mix.psiReview, (v) => v >= settings.mix.psiWatch, 'a number ≥ mix.psiWatch');
	check('mix.icpShareShift', settings.mix.icpShareShift, probability, 'a fraction between 0 and 1');
	check('mix.minPerWindow', settings.mix.minPerWindow, integerAtLeast(1), 'a whole number ≥ 1');
	check('mix.maxBins', settings.mix.maxBins, integerAtLeast(2), 'a whole number ≥ 2');
	check('staleness.cadenceMonths', settings.staleness.cadenceMonths, integerAtLeast(1), 'a whole number ≥ 1');
	check('staleness.watchDays', settings.staleness.watchDays, integerAtLeast(0), 'a whole number ≥ 0');
	if (problems.length > 0) throw new DriftSettingsError(problems);
	return settings;
}
