import { kaplanMeierFromCounts, type KaplanMeierStep, type SurvivalCounts } from '../stats/kaplanMeier';
import { logRankTest } from '../stats/logRank';
import { known } from './estimates';
import type { ReportSettings } from './reportFilter';

export interface SurvivalCurve {
	/** Subjects in the cohort (events + censored). */
	n: number;
	events: number;
	/** Kaplan–Meier steps with Greenwood standard errors and log(−log) bands at settings.confidence. */
	steps: KaplanMeierStep[];
	/** First time the curve reaches 0.5 or below; null while it stays above. */
	medianTime: number | null;
	enoughData: boolean;
}

export interface SurvivalComparison {
	icp: SurvivalCurve;
	nonIcp: SurvivalCurve;
	/** Log-rank test of equal curves; null values when untestable. */
	logRank: { chiSquare: number | null; p: number | null };
	enoughData: boolean;
}

export function survivalCurve(rows: readonly SurvivalCounts[], settings: ReportSettings): SurvivalCurve {
	const steps = kaplanMeierFromCounts(rows, settings.confidence);
	const n = rows.reduce((s, r) => s + r.events + r.censored, 0);
	return {
		n,
		events: rows.reduce((s, r) => s + r.events, 0),
		steps,
		medianTime: steps.find((s) => s.survival <= 0.5)?.time ?? null,
		enoughData: n >= settings.minSample
	};
}

export function compareSurvival(icp: readonly SurvivalCounts[], nonIcp: readonly SurvivalCounts[], settings: ReportSettings): SurvivalComparison {
	const a = survivalCurve(icp, settings);
	const b = survivalCurve(nonIcp, settings);
	const test = a.n > 0 && b.n > 0 ? logRankTest(icp, nonIcp) : null;
	return {
		icp: a,
		nonIcp: b,
		logRank: { chiSquare: test ? known(test.chiSquare) : null, p: test ? known(test.p) : null },
		enoughData: a.enoughData && b.enoughData
	};
}
