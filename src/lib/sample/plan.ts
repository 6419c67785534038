import { MONTHS } from './calendar';
import type { SampleOptions } from './types';

export const DEFAULT_OPTIONS: SampleOptions = {
	seed: 20251231,
	scale: 1,
	icpAdvantage: true,
	erosion: true,
	mixDrift: true,
	cycleEffect: true,
	churnEffect: true,
	leadEffect: true
};

/** The planted parameters at full effect. Switching an effect off gives ICP rows the non-ICP value. */
export const PLANTED = {
	fullSize: { accounts: 6000, deals: 40_000, leads: 60_000, openingBook: 700 },
	/** The last six months carry the erosion and the mix drift (2025-07 .. 2025-12). */
	driftMonths: 6,
	winRate: { icp: 0.34, nonIcp: 0.16, icpAtErosionEnd: 0.2 },
	wonCycleMedianDays: { icp: 42, nonIcp: 78 },
	lostCycleMedianDays: { icp: 48, nonIcp: 72 },
	cycleSigma: { won: 0.5, lost: 0.6 },
	icpShare: { before: 0.44, atEnd: 0.3 },
	unknownAccountShare: 0.005,
	nullAmountShare: 0.01,
	churn: { icp: 0.01, nonIcp: 0.03 },
	/** Mean first-month mrr of a new customer (and amount / 12 of a deal); expansions lift the realized ARPA to ≈ 2,400 vs ≈ 1,300. */
	startMrrMean: { icp: 2050, nonIcp: 1250 },
	startMrrSigma: 0.5,
	/** A won deal on a paying customer adds this share of its amount / 12 to the mrr. */
	expansionShare: 0.1,
	leadFunnel: {
		icp: { mql: 0.5, sql: 0.22, deal: 0.12 },
		nonIcp: { mql: 0.35, sql: 0.11, deal: 0.05 },
		noAccount: { mql: 0.25, sql: 0.07, deal: 0.03 }
	},
	noAccountLeadShare: 0.05
} as const;

export const DRIFT_START_MONTH = MONTHS - PLANTED.driftMonths;

/** 0 before the drift window, then (k+1)/6 for the k-th drift month: reaches 1 in the last month. */
function driftProgress(month: number): number {
	if (month < DRIFT_START_MONTH) return 0;
	return Math.min(1, (month - DRIFT_START_MONTH + 1) / PLANTED.driftMonths);
}

/** Shares of leads that reach MQL, SQL and a deal (each stage includes the next). */
export interface LeadFunnel {
	mql: number;
	sql: number;
	deal: number;
}

export interface GroupValues<T> {
	icp: T;
	nonIcp: T;
}

/** Everything the generator needs that depends on the switches. */
export interface SamplePlan {
	winProbability(month: number): GroupValues<number>;
	icpShare(month: number): number;
	wonCycleMedian: GroupValues<number>;
	lostCycleMedian: GroupValues<number>;
	churn: GroupValues<number>;
	startMrrMean: GroupValues<number>;
	leadFunnel: GroupValues<LeadFunnel> & { noAccount: LeadFunnel };
}

export function makePlan(options: SampleOptions): SamplePlan {
	const p = PLANTED;
	const withEffect = <T>(on: boolean, values: GroupValues<T>): GroupValues<T> => (on ? { ...values } : { icp: values.nonIcp, nonIcp: values.nonIcp });
	return {
		winProbability(month) {
			if (!options.icpAdvantage) return { icp: p.winRate.nonIcp, nonIcp: p.winRate.nonIcp };
			const fullAdvantage = p.winRate.icp - p.winRate.nonIcp;
			const endAdvantage = p.winRate.icpAtErosionEnd - p.winRate.nonIcp;
			const progress = options.erosion ? driftProgress(month) : 0;
			return { icp: p.winRate.nonIcp + fullAdvantage + (endAdvantage - fullAdvantage) * progress, nonIcp: p.winRate.nonIcp };
		},
		icpShare(month) {
			const progress = options.mixDrift ? driftProgress(month) : 0;
			return p.icpShare.before + (p.icpShare.atEnd - p.icpShare.before) * progress;
		},
		wonCycleMedian: withEffect(options.cycleEffect, p.wonCycleMedianDays),
		lostCycleMedian: withEffect(options.cycleEffect, p.lostCycleMedianDays),
		churn: withEffect(options.churnEffect, p.churn),
		startMrrMean: withEffect(options.churnEffect, p.startMrrMean),
		leadFunnel: { ...withEffect<LeadFunnel>(options.leadEffect, p.leadFunnel), noAccount: p.leadFunnel.noAccount }
	};
}
