import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { twoSidedCriticalValue } from '../stats/normal';
import { ratioOfSums, type RatioEstimate } from '../stats/ratioOfSums';
import { known, normalAdvantage, proportionAdvantage, rateEstimate, ratio, type Advantage, type IcpGroup, type RateEstimate } from './estimates';
import type { ReportSettings } from './reportFilter';
import { readReportFrame, type PeriodName, type ReportFrame } from './reportPeriods';
import { compareSurvival, type SurvivalComparison } from './survivalCurves';

/** 12-month retention of the cohort paying in the window's start month. n = cohortLogos. */
export interface RetentionFigures {
	cohortLogos: number;
	retainedLogos: number;
	/** retained / cohort logos, Wilson interval; enoughData = cohort ≥ min_sample. */
	logoRetention: RateEstimate;
	startMrr: number;
	endMrr: number;
	retainedMrr: number;
	/** Gross revenue retention = Σ min(end, start mrr) / Σ start mrr, ≤ 1; null for an empty cohort. */
	grr: number | null;
	/** Net revenue retention = Σ end mrr / Σ start mrr (expansion included); null for an empty cohort. */
	nrr: number | null;
	/** Standard errors of GRR and NRR as ratio estimators over the cohort's customers; null below two customers. */
	grrSe: number | null;
	nrrSe: number | null;
	/** value ± z · se at the report's confidence level; null ends when unknown. */
	grrInterval: { low: number | null; high: number | null };
	nrrInterval: { low: number | null; high: number | null };
}

export interface RetentionMonth {
	/** The window's end month; the cohort is the customers paying 12 months earlier. */
	month: string;
	icp: RetentionFigures;
	nonIcp: RetentionFigures;
}

export interface RetentionPeriod {
	/** End month of the window (the period's last month, or the last revenue month); null when no window fits the data. */
	endMonth: string | null;
	icp: RetentionFigures;
	nonIcp: RetentionFigures;
	unknown: RetentionFigures;
	/** ICP minus non-ICP: logo retention with Newcombe interval and test; GRR / NRR with normal intervals and z-tests. */
	advantage: { logoRetention: Advantage; grr: Advantage; nrr: Advantage };
	enoughData: boolean;
}

export interface RetentionCohortCell {
	startMonth: string;
	group: IcpGroup;
	monthsSinceStart: number;
	cohortSize: number;
	active: number;
	/** active / cohortSize. */
	logoRetention: number;
	mrr: number;
	startMrr: number;
	/** mrr / startMrr. */
	revenueRetention: number | null;
}

export interface RetentionResult {
	byMonth: RetentionMonth[];
	period: RetentionPeriod;
	cohorts: RetentionCohortCell[];
	/** Customer lifetime in months, churn = event, never-lapsed customers censored at the last revenue month. */
	survival: SurvivalComparison;
}

type WindowRow = {
	icp_group: IcpGroup;
	cohort_logos: number;
	retained_logos: number;
	start_mrr: number;
	end_mrr: number;
	retained_mrr: number;
	start_mrr_sq: number;
	retained_mrr_sq: number;
	end_mrr_sq: number;
	start_x_retained_mrr: number;
	start_x_end_mrr: number;
};

const WINDOW_COLUMNS =
	'icp_group, cohort_logos, retained_logos, start_mrr, end_mrr, retained_mrr, start_mrr_sq, retained_mrr_sq, end_mrr_sq, start_x_retained_mrr, start_x_end_mrr';

const EMPTY_WINDOW: Omit<WindowRow, 'icp_group'> = {
	cohort_logos: 0,
	retained_logos: 0,
	start_mrr: 0,
	end_mrr: 0,
	retained_mrr: 0,
	start_mrr_sq: 0,
	retained_mrr_sq: 0,
	end_mrr_sq: 0,
	start_x_retained_mrr: 0,
	start_x_end_mrr: 0
};

function normalInterval(estimate: RatioEstimate, settings: ReportSettings): { low: number | null; high: number | null } {
	const half = twoSidedCriticalValue(settings.confidence) * estimate.se;
	return { low: known(estimate.ratio - half), high: known(estimate.ratio + half) };
}

function figures(row: WindowRow | undefined, settings: ReportSettings): RetentionFigures {
	const r = row ?? EMPTY_WINDOW;
	const start = { n: r.cohort_logos, sumX: r.start_mrr, sumXX: r.start_mrr_sq };
	const grr = ratioOfSums({ ...start, sumY: r.retained_mrr, sumYY: r.retained_mrr_sq, sumXY: r.start_x_retained_mrr });
	const nrr = ratioOfSums({ ...start, sumY: r.end_mrr, sumYY: r.end_mrr_sq, sumXY: r.start_x_end_mrr });
	return {
		cohortLogos: r.cohort_logos,
		retainedLogos: r.retained_logos,
		logoRetention: rateEstimate(r.retained_logos, r.cohort_logos, settings),
		startMrr: r.start_mrr,
		endMrr: r.end_mrr,
		retainedMrr: r.retained_mrr,
		grr: ratio(r.retained_mrr, r.start_mrr),
		nrr: ratio(r.end_mrr, r.start_mrr),
		grrSe: known(grr.se),
		nrrSe: known(nrr.se),
		grrInterval: normalInterval(grr, settings),
		nrrInterval: normalInterval(nrr, settings)
	};
}

export interface RetentionSummary {
	periods: Record<PeriodName, RetentionPeriod>;
	byMonth: RetentionMonth[];
}

/**
 * 12-month retention windows ending in each month of the current period, and in each period's last
 * month (the last revenue month when the period runs past it), from one read of retention_windows.sql.
 */
export async function queryRetentionSummary(engine: Engine, frame?: ReportFrame): Promise<RetentionSummary> {
	const { settings, periods, months, revenueEndMonth } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<WindowRow & { month: string }>(
		await engine.query(`SELECT strftime(end_month, '%Y-%m') AS month, ${WINDOW_COLUMNS} FROM retention_windows`)
	);
	const of = (name: PeriodName): RetentionPeriod => {
		const last = periods[name].to;
		const endMonth = revenueEndMonth !== null && last > revenueEndMonth ? revenueEndMonth : last;
		const inPeriod = rows.filter((r) => r.month === endMonth);
		const group = (g: IcpGroup) => figures(inPeriod.find((r) => r.icp_group === g), settings);
		const icp = group('icp');
		const nonIcp = group('non_icp');
		return {
			endMonth: inPeriod.length > 0 ? endMonth : null,
			icp,
			nonIcp,
			unknown: group('unknown'),
			advantage: {
				logoRetention: proportionAdvantage(icp.logoRetention, nonIcp.logoRetention, settings),
				grr: normalAdvantage({ value: icp.grr, se: icp.grrSe }, { value: nonIcp.grr, se: nonIcp.grrSe }, settings),
				nrr: normalAdvantage({ value: icp.nrr, se: icp.nrrSe }, { value: nonIcp.nrr, se: nonIcp.nrrSe }, settings)
			},
			enoughData: icp.logoRetention.enoughData && nonIcp.logoRetention.enoughData
		};
	};
	return {
		periods: { current: of('current'), previous: of('previous') },
		byMonth: months.map((month) => {
			const group = (g: IcpGroup) => figures(rows.find((r) => r.month === month && r.icp_group === g), settings);
			return { month, icp: group('icp'), nonIcp: group('non_icp') };
		})
	};
}

/** Logo / gross / net revenue retention ICP vs non-ICP, the cohort table and customer survival curves. */
export async function queryRetention(engine: Engine): Promise<RetentionResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const summary = await queryRetentionSummary(engine, frame);

	const cells = tableRows<{
		start_month: string;
		icp_group: IcpGroup;
		months_since_start: number;
		cohort_size: number;
		active: number;
		mrr: number;
		start_mrr: number;
	}>(await engine.query('SELECT * FROM retention_cohorts ORDER BY start_month, icp_group, months_since_start'));
	const cohorts = cells.map((c) => ({
		startMonth: c.start_month,
		group: c.icp_group,
		monthsSinceStart: c.months_since_start,
		cohortSize: c.cohort_size,
		active: c.active,
		logoRetention: c.active / c.cohort_size,
		mrr: c.mrr,
		startMrr: c.start_mrr,
		revenueRetention: ratio(c.mrr, c.start_mrr)
	}));

	const counts = tableRows<{ icp_group: IcpGroup; time: number; events: number; censored: number }>(
		await engine.query('SELECT icp_group, time, events, censored FROM customer_survival_counts ORDER BY time')
	);
	const curve = (g: IcpGroup) => counts.filter((r) => r.icp_group === g).map(({ time, events, censored }) => ({ time, events, censored }));

	return { byMonth: summary.byMonth, period: summary.periods.current, cohorts, survival: compareSurvival(curve('icp'), curve('non_icp'), settings) };
}
