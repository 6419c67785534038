import { subMonths } from 'date-fns';
import { formatMonth, parseMonth } from '../app/period';
import type { Engine } from '../db/engine';
import { sumColumnsBy, tableRows } from '../db/rows';
import { restrictedMeanSurvival, type KaplanMeierStep } from '../stats/kaplanMeier';
import { twoSidedCriticalValue } from '../stats/normal';
import { moverDifference } from '../stats/moverDifference';
import { known, NO_ADVANTAGE, proportionAdvantage, rateEstimate, ratio, type Advantage, type IcpGroup, type RateEstimate } from './estimates';
import type { ReportSettings } from './reportFilter';
import { readReportFrame, type PeriodName, type ReportFrame } from './reportPeriods';
import { survivalCurve } from './survivalCurves';

export interface ValueInterval {
	value: number | null;
	low: number | null;
	high: number | null;
}

/** Predictive CLTV of one group over the period's revenue months. */
export interface CltvFigures {
	/** Distinct customers paying in the period; enoughData = customers ≥ min_sample. */
	customers: number;
	/** Average mrr per paying customer-month; n = payingMonths. */
	arpa: number | null;
	payingMonths: number;
	/** Monthly churn = lapses / customer-months at risk, Wilson interval (x = churned, n = at risk). */
	churn: RateEstimate;
	/** ARPA × gross margin ÷ max(churn, churn_floor); interval from the churn interval (ARPA taken as known). */
	cltv: ValueInterval;
	enoughData: boolean;
}

export interface CltvSurvivalFigures {
	/** Customers starting in the period, the Kaplan–Meier cohort. */
	n: number;
	/** Restricted mean survival over cltv_horizon_months (months), and over the band's lower / upper edge. */
	rmstMonths: ValueInterval;
	/** ARPA × gross margin × restricted mean survival. */
	cltv: ValueInterval;
	enoughData: boolean;
}

export interface CltvPeriod {
	icp: CltvFigures;
	nonIcp: CltvFigures;
	unknown: CltvFigures;
	/** ICP minus non-ICP: CLTV difference with its MOVER interval, monthly churn difference with Newcombe interval and test. */
	advantage: { cltv: Advantage; churn: Advantage };
	enoughData: boolean;
}

export interface CltvHistoricalPoint {
	monthsSinceStart: number;
	/** Customers old enough to be observed at this age. */
	customers: number;
	/** Mean cumulative revenue × gross margin to this age, normal interval of the mean. */
	cltv: ValueInterval;
}

export interface CltvMonth {
	month: string;
	/** Churn-based CLTV from the trailing 12 months ending in this month. */
	icp: CltvFigures;
	nonIcp: CltvFigures;
}

export interface CltvResult {
	period: CltvPeriod;
	survival: { icp: CltvSurvivalFigures; nonIcp: CltvSurvivalFigures; advantage: number | null; horizonMonths: number };
	historical: { icp: CltvHistoricalPoint[]; nonIcp: CltvHistoricalPoint[] };
	byMonth: CltvMonth[];
	grossMargin: number;
}

type FlowRow = { icp_group: IcpGroup; at_risk: number; churned: number; paying_months: number; mrr: number; customers?: number };

const FLOW_COLUMNS = 'icp_group, at_risk, churned, paying_months, mrr';

function cltvFigures(row: FlowRow | undefined, settings: ReportSettings): CltvFigures {
	const r = row ?? { at_risk: 0, churned: 0, paying_months: 0, mrr: 0 };
	const churn = rateEstimate(r.churned, r.at_risk, settings);
	const arpa = ratio(r.mrr, r.paying_months);
	const lifetimeValue = (monthlyChurn: number | null) =>
		arpa === null || monthlyChurn === null ? null : (arpa * settings.grossMargin) / Math.max(monthlyChurn, settings.churnFloor);
	const customers = row?.customers ?? 0;
	const measured = r.at_risk > 0;
	return {
		customers,
		arpa,
		payingMonths: r.paying_months,
		churn,
		cltv: {
			value: lifetimeValue(churn.rate),
			low: measured ? lifetimeValue(churn.high) : null,
			high: measured ? lifetimeValue(churn.low) : null
		},
		enoughData: customers >= settings.minSample
	};
}

const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** CLTV difference with the interval combined from each group's (stats/moverDifference.ts); a point without them. */
function cltvAdvantage(icp: ValueInterval, nonIcp: ValueInterval): Advantage {
	const diff = difference(icp.value, nonIcp.value);
	if (diff === null || icp.low === null || icp.high === null || nonIcp.low === null || nonIcp.high === null) return { ...NO_ADVANTAGE, diff };
	const interval = moverDifference({ value: icp.value!, low: icp.low, high: icp.high }, { value: nonIcp.value!, low: nonIcp.low, high: nonIcp.high });
	return { diff, low: known(interval.low), high: known(interval.high), p: null, method: 'mover' };
}

export interface CltvSummary {
	periods: Record<PeriodName, CltvPeriod>;
	byMonth: CltvMonth[];
}

type SummaryRow = FlowRow & { period: PeriodName | null; month: string | null; customers: number };

/**
 * Churn-based CLTV of the current and the previous period, and from the trailing 12 months ending
 * in each month of the current period, from one read of cltv_summary.sql.
 */
export async function queryCltvSummary(engine: Engine, frame?: ReportFrame): Promise<CltvSummary> {
	const { settings, months } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<SummaryRow>(await engine.query(`SELECT period, month, ${FLOW_COLUMNS}, customers FROM cltv_summary`));
	const of = (name: PeriodName): CltvPeriod => {
		const group = (g: IcpGroup) => cltvFigures(rows.find((r) => r.month === null && r.period === name && r.icp_group === g), settings);
		const icp = group('icp');
		const nonIcp = group('non_icp');
		return {
			icp,
			nonIcp,
			unknown: group('unknown'),
			advantage: { cltv: cltvAdvantage(icp.cltv, nonIcp.cltv), churn: proportionAdvantage(icp.churn, nonIcp.churn, settings) },
			enoughData: icp.enoughData && nonIcp.enoughData
		};
	};
	const monthly = rows.filter((r) => r.month !== null);
	const trailingYear = (month: string, g: IcpGroup): FlowRow | undefined => {
		const own = monthly.find((r) => r.month === month && r.icp_group === g);
		if (!own) return undefined;
		const first = formatMonth(subMonths(parseMonth(month), 11));
		const window = monthly.filter((r) => r.icp_group === g && r.month! >= first && r.month! <= month);
		return { ...sumColumnsBy(window, 'icp_group', TRAILING_SUMS)[0], customers: own.customers };
	};
	return {
		periods: { current: of('current'), previous: of('previous') },
		byMonth: months.map((month) => {
			const group = (g: IcpGroup) => cltvFigures(trailingYear(month, g), settings);
			return { month, icp: group('icp'), nonIcp: group('non_icp') };
		})
	};
}

const TRAILING_SUMS = ['at_risk', 'churned', 'paying_months', 'mrr'] as const;

function bandEdge(steps: readonly KaplanMeierStep[], edge: 'low' | 'high'): KaplanMeierStep[] {
	return steps.map((step) => ({ ...step, survival: step[edge] }));
}

function survivalFigures(steps: KaplanMeierStep[], n: number, arpa: number | null, settings: ReportSettings): CltvSurvivalFigures {
	const horizon = settings.cltvHorizonMonths;
	const rmst: ValueInterval =
		n === 0
			? { value: null, low: null, high: null }
			: {
					value: restrictedMeanSurvival(steps, horizon),
					low: restrictedMeanSurvival(bandEdge(steps, 'low'), horizon),
					high: restrictedMeanSurvival(bandEdge(steps, 'high'), horizon)
				};
	const scale = (months: number | null) => (months === null || arpa === null ? null : arpa * settings.grossMargin * months);
	return {
		n,
		rmstMonths: rmst,
		cltv: { value: scale(rmst.value), low: scale(rmst.low), high: scale(rmst.high) },
		enoughData: n >= settings.minSample
	};
}

/** CLTV ICP vs non-ICP: churn-based and survival-based predictive CLTV, historical CLTV by cohort age, monthly series. */
export async function queryCltv(engine: Engine): Promise<CltvResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const summary = await queryCltvSummary(engine, frame);
	const current = summary.periods.current;

	const counts = tableRows<{ icp_group: IcpGroup; time: number; events: number; censored: number }>(
		await engine.query('SELECT icp_group, time, events, censored FROM customer_survival_counts ORDER BY time')
	);
	const survivalOf = (g: IcpGroup, arpa: number | null) => {
		const curve = survivalCurve(
			counts.filter((r) => r.icp_group === g).map(({ time, events, censored }) => ({ time, events, censored })),
			settings
		);
		return survivalFigures(curve.steps, curve.n, arpa, settings);
	};
	const icpSurvival = survivalOf('icp', current.icp.arpa);
	const nonIcpSurvival = survivalOf('non_icp', current.nonIcp.arpa);

	const z = twoSidedCriticalValue(settings.confidence);
	const history = tableRows<{ icp_group: IcpGroup; months_since_start: number; customers: number; historical_cltv: number; historical_cltv_sd: number | null }>(
		await engine.query('SELECT * FROM cltv_historical ORDER BY months_since_start')
	);
	const historical = (g: IcpGroup): CltvHistoricalPoint[] =>
		history
			.filter((r) => r.icp_group === g)
			.map((r) => {
				const half = r.historical_cltv_sd === null ? null : (z * r.historical_cltv_sd) / Math.sqrt(r.customers);
				return {
					monthsSinceStart: r.months_since_start,
					customers: r.customers,
					cltv: { value: r.historical_cltv, low: half === null ? null : r.historical_cltv - half, high: half === null ? null : r.historical_cltv + half }
				};
			});

	return {
		period: current,
		survival: {
			icp: icpSurvival,
			nonIcp: nonIcpSurvival,
			advantage: difference(icpSurvival.cltv.value, nonIcpSurvival.cltv.value),
			horizonMonths: settings.cltvHorizonMonths
		},
		historical: { icp: historical('icp'), nonIcp: historical('non_icp') },
		byMonth: summary.byMonth,
		grossMargin: settings.grossMargin
	};
}
