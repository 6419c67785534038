import { chiSquareSurvival } from './chiSquare';
import { normalizeSurvivalCounts, type SurvivalCounts } from './kaplanMeier';

export interface LogRankResult {
	/** (O_A − E_A)² / V, χ² with 1 df under equal survival; NaN when V = 0 (no events, or a group empty). */
	chiSquare: number;
	df: 1;
	p: number;
	observedA: number;
	expectedA: number;
	observedB: number;
	expectedB: number;
	/** Hypergeometric variance V of O_A − E_A. */
	variance: number;
}

/**
 * Log-rank (Mantel–Haenszel) test comparing two survival curves from counts per time, with the
 * exact hypergeometric variance (as R's survdiff; Bland & Altman's BMJ 2004 note uses the simpler
 * Σ(O−E)²/E, which is slightly smaller). Subjects censored at an event time count as at risk.
 */
export function logRankTest(groupA: readonly SurvivalCounts[], groupB: readonly SurvivalCounts[]): LogRankResult {
	const a = normalizeSurvivalCounts(groupA);
	const b = normalizeSurvivalCounts(groupB);
	let atRiskA = a.reduce((s, r) => s + r.events + r.censored, 0);
	let atRiskB = b.reduce((s, r) => s + r.events + r.censored, 0);
	let observedA = 0;
	let observedB = 0;
	let expectedA = 0;
	let variance = 0;
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const time = Math.min(a[i]?.time ?? Infinity, b[j]?.time ?? Infinity);
		const rowA = a[i]?.time === time ? a[i++] : undefined;
		const rowB = b[j]?.time === time ? b[j++] : undefined;
		const eventsA = rowA?.events ?? 0;
		const eventsB = rowB?.events ?? 0;
		const events = eventsA + eventsB;
		const atRisk = atRiskA + atRiskB;
		if (events > 0) {
			observedA += eventsA;
			observedB += eventsB;
			expectedA += (events * atRiskA) / atRisk;
			if (atRisk > 1) variance += (atRiskA * atRiskB * events * (atRisk - events)) / (atRisk * atRisk * (atRisk - 1));
		}
		atRiskA -= eventsA + (rowA?.censored ?? 0);
		atRiskB -= eventsB + (rowB?.censored ?? 0);
	}
	const expectedB = observedA + observedB - expectedA;
	const chiSquare = variance > 0 ? (observedA - expectedA) ** 2 / variance : NaN;
	return { chiSquare, df: 1, p: chiSquareSurvival(chiSquare, 1), observedA, expectedA, observedB, expectedB, variance };
}
