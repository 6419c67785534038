import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { proportionAdvantage, rateEstimate, ratio, type Advantage, type IcpGroup, type RateEstimate } from './estimates';
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
	/** ICP minus non-ICP: logo retention with Newcombe interval and test; GRR / NRR differences as points. */
	advantage: { logoRetention: Advantage; grr: number | null; nrr: number | null };
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
};

const WINDOW_COLUMNS = 'icp_group, cohort_logos, retained_logos, start_mrr, end_mrr, retained_mrr';

function figures(row: WindowRow | undefined, settings: ReportSettings): RetentionFigures {
	const r = row ?? { cohort_logos: 0, retained_logos: 0, start_mrr: 0, end_mrr: 0, retained_mrr: 0 };
	return {
		cohortLogos: r.cohort_logos,
		retainedLogos: r.retained_logos,
		logoRetention: rateEstimate(r.retained_logos, r.cohort_logos, settings),
		startMrr: r.start_mrr,
		endMrr: r.end_mrr,
		retainedMrr: r.retained_mrr,
		grr: ratio(r.retained_mrr, r.start_mrr),
		nrr: ratio(r.end_mrr, r.start_mrr)
	};
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** Retention window ending in the current and in the previous period's last month (retention_period.sql). */
export async function queryRetentionPeriods(engine: Engine, frame?: ReportFrame): Promise<Record<PeriodName, RetentionPeriod>> {
	const { settings } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<WindowRow & { period: PeriodName; end_month: string }>(
		await engine.query(`SELECT period, end_month, ${WINDOW_COLUMNS} FROM retention_period`)
	);
	const of = (name: PeriodName): RetentionPeriod => {
		const inPeriod = rows.filter((r) => r.period === name);
		const group = (g: IcpGroup) => figures(inPeriod.find((r) => r.icp_group === g), settings);
		const icp = group('icp');
		const nonIcp = group('non_icp');
		return {
			endMonth: inPeriod[0]?.end_month ?? null,
			icp,
			nonIcp,
			unknown: group('unknown'),
			advantage: {
				logoRetention: proportionAdvantage(icp.logoRetention, nonIcp.logoRetention, settings),
				grr: difference(icp.grr, nonIcp.grr),
				nrr: difference(icp.nrr, nonIcp.nrr)
			},
			enoughData: icp.logoRetention.enoughData && nonIcp.logoRetention.enoughData
		};
	};
	return { current: of('current'), previous: of('previous') };
}

/** 12-month retention windows ending in each month of the current period (retention_by_month.sql). */
export async function queryRetentionByMonth(engine: Engine, frame?: ReportFrame): Promise<RetentionMonth[]> {
	const { settings, months } = frame ?? (await readReportFrame(engine));
	const monthly = tableRows<WindowRow & { month: string }>(await engine.query(`SELECT month, ${WINDOW_COLUMNS} FROM retention_by_month`));
	return months.map((month) => {
		const group = (g: IcpGroup) => figures(monthly.find((r) => r.month === month && r.icp_group === g), settings);
		return { month, icp: group('icp'), nonIcp: group('non_icp') };
	});
}

/** Logo / gross / net revenue retention ICP vs non-ICP, the cohort table and customer survival curves. */
export async function queryRetention(engine: Engine): Promise<RetentionResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const byMonth = await queryRetentionByMonth(engine, frame);

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

	const { current } = await queryRetentionPeriods(engine, frame);
	return { byMonth, period: current, cohorts, survival: compareSurvival(curve('icp'), curve('non_icp'), settings) };
}
