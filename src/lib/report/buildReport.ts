import type { Engine } from '../db/engine';
import type { InstalledIcp } from '../icp/installIcp';
import { queryCltv, type CltvFigures } from '../kpis/cltv';
import type { Advantage } from '../kpis/estimates';
import { readReportPeriods } from '../kpis/reportPeriods';
import { queryRetention, type RetentionFigures } from '../kpis/retention';
import { querySalesCycle, type CycleDistribution } from '../kpis/salesCycle';
import { queryWinRate, type WinRateGroup } from '../kpis/winRate';

/** One input file's row accounting: read = loaded + rejected, always. */
export interface FileAccounting {
	file: string;
	kind: string;
	read: number;
	loaded: number;
	rejected: number;
}

export interface WinRateFigures {
	won: number;
	lost: number;
	n: number;
	rate: number | null;
	low: number;
	high: number;
	amountRate: number | null;
}

/** The report command's JSON, documented field by field in docs/report-format.md. */
export interface PulseReport {
	period: { from: string; to: string };
	icp: { name: string; classifyBy: string | null; versions: string[] };
	rows: FileAccounting[];
	winRate: { icp: WinRateFigures; nonIcp: WinRateFigures; unknownAccount: WinRateFigures; advantage: Advantage; enoughData: boolean };
	salesCycleDays: {
		icp: CycleDistribution;
		nonIcp: CycleDistribution;
		lost: { icp: CycleDistribution; nonIcp: CycleDistribution };
		advantage: Advantage;
		enoughData: boolean;
	};
	retention: {
		endMonth: string | null;
		icp: RetentionSummary;
		nonIcp: RetentionSummary;
		advantage: { logoRetention: Advantage; grr: Advantage; nrr: Advantage };
		enoughData: boolean;
	};
	cltv: {
		grossMargin: number;
		icp: CltvSummary;
		nonIcp: CltvSummary;
		advantage: { cltv: Advantage; churn: Advantage };
		enoughData: boolean;
	};
}

export interface RetentionSummary {
	cohort: number;
	retained: number;
	logoRetention: number | null;
	low: number;
	high: number;
	grr: number | null;
	grrLow: number | null;
	grrHigh: number | null;
	nrr: number | null;
	nrrLow: number | null;
	nrrHigh: number | null;
}

export interface CltvSummary {
	customers: number;
	arpa: number | null;
	monthlyChurn: number | null;
	cltv: number | null;
	low: number | null;
	high: number | null;
	survivalCltv: number | null;
}

const winRateFigures = (g: WinRateGroup): WinRateFigures => ({
	won: g.won,
	lost: g.lost,
	n: g.n,
	rate: g.rate,
	low: g.low,
	high: g.high,
	amountRate: g.amountRate
});

const distribution = ({ n, median, p25, p75 }: CycleDistribution): CycleDistribution => ({ n, median, p25, p75 });

const retentionSummary = (r: RetentionFigures): RetentionSummary => ({
	cohort: r.cohortLogos,
	retained: r.retainedLogos,
	logoRetention: r.logoRetention.rate,
	low: r.logoRetention.low,
	high: r.logoRetention.high,
	grr: r.grr,
	grrLow: r.grrInterval.low,
	grrHigh: r.grrInterval.high,
	nrr: r.nrr,
	nrrLow: r.nrrInterval.low,
	nrrHigh: r.nrrInterval.high
});

const cltvSummary = (c: CltvFigures, survivalCltv: number | null): CltvSummary => ({
	customers: c.customers,
	arpa: c.arpa,
	monthlyChurn: c.churn.rate,
	cltv: c.cltv.value,
	low: c.cltv.low,
	high: c.cltv.high,
	survivalCltv
});

/**
 * Every headline figure for the report filter currently set, from the same views the dashboard
 * reads. The browser's panels and this report must agree number for number.
 */
export async function buildReport(engine: Engine, icp: InstalledIcp, rows: FileAccounting[]): Promise<PulseReport> {
	const { current } = await readReportPeriods(engine);
	const winRate = (await queryWinRate(engine)).period;
	const cycle = (await querySalesCycle(engine)).period;
	const retention = (await queryRetention(engine)).period;
	const cltv = await queryCltv(engine);
	return {
		period: { from: current.from, to: current.to },
		icp: { name: icp.definition.name, classifyBy: icp.classifyBy, versions: icp.definition.versions.map((v) => v.version) },
		rows,
		winRate: {
			icp: winRateFigures(winRate.icp),
			nonIcp: winRateFigures(winRate.nonIcp),
			unknownAccount: winRateFigures(winRate.unknown),
			advantage: winRate.advantage,
			enoughData: winRate.enoughData
		},
		salesCycleDays: {
			icp: distribution(cycle.icp.won),
			nonIcp: distribution(cycle.nonIcp.won),
			lost: { icp: distribution(cycle.icp.lost), nonIcp: distribution(cycle.nonIcp.lost) },
			advantage: cycle.advantage,
			enoughData: cycle.enoughData
		},
		retention: {
			endMonth: retention.endMonth,
			icp: retentionSummary(retention.icp),
			nonIcp: retentionSummary(retention.nonIcp),
			advantage: retention.advantage,
			enoughData: retention.enoughData
		},
		cltv: {
			grossMargin: cltv.grossMargin,
			icp: cltvSummary(cltv.period.icp, cltv.survival.icp.cltv.value),
			nonIcp: cltvSummary(cltv.period.nonIcp, cltv.survival.nonIcp.cltv.value),
			advantage: cltv.period.advantage,
			enoughData: cltv.period.enoughData
		}
	};
}
