import { twoSidedCriticalValue } from './normal';

/** Subjects leaving observation at one time: how many had the event, how many were censored. */
export interface SurvivalCounts {
	time: number;
	events: number;
	censored: number;
}

export interface KaplanMeierStep extends SurvivalCounts {
	/** Subjects still observed just before `time` (those censored at `time` count as at risk). */
	atRisk: number;
	/** S(t) from `time` until the next step; S = 1 before the first step. */
	survival: number;
	/** Greenwood standard error of S(t); 0 while S = 1 and once S = 0 (where Greenwood is undefined). */
	se: number;
	/** Pointwise band on the log(−log S) scale (Kalbfleisch & Prentice), always inside [0, 1]. */
	low: number;
	high: number;
}

/**
 * Kaplan–Meier product-limit estimate from individual durations (time ≥ 0 since the start) and
 * whether each ended in the event (true) or was censored (false).
 */
export function kaplanMeier(times: readonly number[], events: readonly boolean[], confidence = 0.95): KaplanMeierStep[] {
	if (times.length !== events.length) throw new RangeError(`kaplanMeier: ${times.length} times but ${events.length} event flags`);
	const byTime = new Map<number, SurvivalCounts>();
	times.forEach((time, i) => {
		const row = byTime.get(time) ?? { time, events: 0, censored: 0 };
		if (events[i]) row.events++;
		else row.censored++;
		byTime.set(time, row);
	});
	return kaplanMeierFromCounts([...byTime.values()], confidence);
}

/** Sorted by time, duplicates merged, empty rows dropped; throws on negative or non-integer counts. */
export function normalizeSurvivalCounts(rows: readonly SurvivalCounts[]): SurvivalCounts[] {
	const byTime = new Map<number, SurvivalCounts>();
	rows.forEach((row, i) => {
		const { time, events, censored } = row;
		if (!(Number.isFinite(time) && time >= 0)) throw new RangeError(`survival row ${i}: time must be a finite duration ≥ 0, got ${time}`);
		for (const [name, value] of [['events', events], ['censored', censored]] as const) {
			if (!Number.isInteger(value) || value < 0) throw new RangeError(`survival row ${i}: ${name} must be an integer ≥ 0, got ${value}`);
		}
		const merged = byTime.get(time) ?? { time, events: 0, censored: 0 };
		merged.events += events;
		merged.censored += censored;
		byTime.set(time, merged);
	});
	return [...byTime.values()].filter((r) => r.events + r.censored > 0).sort((a, b) => a.time - b.time);
}

/**
 * Kaplan–Meier from counts per time, the shape the SQL views deliver. One step per distinct time,
 * censoring-only times included (survival unchanged) so the number at risk can be shown.
 */
export function kaplanMeierFromCounts(rows: readonly SurvivalCounts[], confidence = 0.95): KaplanMeierStep[] {
	const z = twoSidedCriticalValue(confidence);
	const counts = normalizeSurvivalCounts(rows);
	let atRisk = counts.reduce((sum, r) => sum + r.events + r.censored, 0);
	let survival = 1;
	let greenwood = 0;
	return counts.map(({ time, events, censored }) => {
		if (events > 0) {
			survival = events === atRisk ? 0 : survival * (1 - events / atRisk);
			if (events < atRisk) greenwood += events / (atRisk * (atRisk - events));
		}
		const step = { time, atRisk, events, censored, survival, ...greenwoodBand(survival, greenwood, z) };
		atRisk -= events + censored;
		return step;
	});
}

function greenwoodBand(survival: number, greenwood: number, z: number): { se: number; low: number; high: number } {
	if (survival === 0) return { se: 0, low: 0, high: 0 };
	if (survival === 1) return { se: 0, low: 1, high: 1 };
	const se = survival * Math.sqrt(greenwood);
	// Var[log(−log S)] = Σ d/(n(n−d)) / (log S)²; the band is S^exp(±z·sd), low takes the + sign.
	const spread = (z * Math.sqrt(greenwood)) / Math.abs(Math.log(survival));
	return { se, low: survival ** Math.exp(spread), high: survival ** Math.exp(-spread) };
}

/**
 * Restricted mean survival time: the area under the Kaplan–Meier curve from 0 to `horizon`
 * (S = 1 before the first step), i.e. the expected time survived within the horizon.
 */
export function restrictedMeanSurvival(steps: readonly KaplanMeierStep[], horizon: number): number {
	if (!(horizon >= 0)) throw new RangeError(`restrictedMeanSurvival: horizon must be ≥ 0, got ${horizon}`);
	let area = 0;
	let previousTime = 0;
	let survival = 1;
	for (const step of steps) {
		if (step.time > horizon) break;
		area += survival * (step.time - previousTime);
		previousTime = step.time;
		survival = step.survival;
	}
	return area + survival * (horizon - previousTime);
}
