import type { Engine } from '../db/engine';
import { queryFunnelSummary } from './campaigns';
import { queryCltvSummary } from './cltv';
import type { Advantage, RateEstimate } from './estimates';
import { readReportFrame, type ReportFrame, type ReportPeriod } from './reportPeriods';
import { queryRetentionSummary } from './retention';
import { bootstrapCycleAdvantage, querySalesCycleSummary } from './salesCycle';
import { queryWinRateSummary, type WinRateMonth } from './winRate';

export type KpiFamily = 'winRate' | 'salesCycle' | 'retention' | 'cltv' | 'campaigns';

/** One group's headline figure; low / high is its interval where the figure has one. */
export interface OverviewFigure {
	value: number | null;
	low: number | null;
	high: number | null;
	n: number;
}

export interface OverviewPoint {
	month: string;
	icp: number | null;
	nonIcp: number | null;
}

export interface OverviewCard {
	family: KpiFamily;
	label: string;
	unit: 'share' | 'days' | 'money';
	/** false for the sales cycle: fewer days is better. */
	higherIsBetter: boolean;
	icp: OverviewFigure;
	nonIcp: OverviewFigure;
	/** ICP minus non-ICP in the current period. */
	advantage: Advantage;
	previous: { icp: number | null; nonIcp: number | null; advantage: number | null };
	/** Current minus previous period; null when either is unknown. */
	delta: { icp: number | null; nonIcp: number | null; advantage: number | null };
	/** The figure month by month over the current period. */
	sparkline: OverviewPoint[];
	enoughData: boolean;
}

export interface OverviewResult {
	period: ReportPeriod;
	previousPeriod: ReportPeriod;
	winRate: OverviewCard;
	salesCycle: OverviewCard;
	retention: OverviewCard;
	cltv: OverviewCard;
	campaigns: OverviewCard;
	/** The win-rate series in full (counts and intervals), the overview's chart. */
	winRateByMonth: WinRateMonth[];
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

function rateFigure(r: RateEstimate): OverviewFigure {
	return { value: r.rate, low: r.rate === null ? null : r.low, high: r.rate === null ? null : r.high, n: r.n };
}

function card(
	head: Pick<OverviewCard, 'family' | 'label' | 'unit' | 'higherIsBetter'>,
	icp: OverviewFigure,
	nonIcp: OverviewFigure,
	advantage: Advantage,
	previous: { icp: number | null; nonIcp: number | null },
	sparkline: OverviewPoint[],
	enoughData: boolean
): OverviewCard {
	const previousAdvantage = minus(previous.icp, previous.nonIcp);
	return {
		...head,
		icp,
		nonIcp,
		advantage,
		previous: { ...previous, advantage: previousAdvantage },
		delta: { icp: minus(icp.value, previous.icp), nonIcp: minus(nonIcp.value, previous.nonIcp), advantage: minus(advantage.diff, previousAdvantage) },
		sparkline,
		enoughData
	};
}

/**
 * The headline of each KPI family for the report period, ICP vs non-ICP: win rate, median won
 * sales cycle, 12-month logo retention, churn-based CLTV and lead → deal conversion, each with the
 * change against the previous period of equal length and a monthly series.
 */
export async function queryOverview(engine: Engine, frame?: ReportFrame): Promise<OverviewResult> {
	const f = frame ?? (await readReportFrame(engine));
	const { settings, periods } = f;

	// every query is sent at once: the engine's worker runs them back to back while this thread
	// turns each finished result into figures (the browser engine answers in order; Node blocks anyway)
	const [winRateSummary, cycleSummary, cycleAdvantage, retentionSummary, cltvSummary, funnelSummary] = await Promise.all([
		queryWinRateSummary(engine, f),
		querySalesCycleSummary(engine, f),
		bootstrapCycleAdvantage(engine, settings),
		queryRetentionSummary(engine, f),
		queryCltvSummary(engine, f),
		queryFunnelSummary(engine, f)
	]);
	const { periods: win, byMonth: winMonths } = winRateSummary;
	const { periods: cycle, byMonth: cycleMonths } = cycleSummary;
	const { periods: retained, byMonth: retainedMonths } = retentionSummary;
	const { periods: value, byMonth: valueMonths } = cltvSummary;
	const { periods: funnel, byMonth: funnelMonths } = funnelSummary;
	const winRate = card(
		{ family: 'winRate', label: 'Win rate', unit: 'share', higherIsBetter: true },
		rateFigure(win.current.icp),
		rateFigure(win.current.nonIcp),
		win.current.advantage,
		{ icp: win.previous.icp.rate, nonIcp: win.previous.nonIcp.rate },
		winMonths.map((m) => ({ month: m.month, icp: m.icp.rate, nonIcp: m.nonIcp.rate })),
		win.current.enoughData
	);

	const cycleFigure = (won: { median: number | null; n: number }): OverviewFigure => ({ value: won.median, low: null, high: null, n: won.n });
	const salesCycle = card(
		{ family: 'salesCycle', label: 'Median sales cycle (won, days)', unit: 'days', higherIsBetter: false },
		cycleFigure(cycle.current.icp.won),
		cycleFigure(cycle.current.nonIcp.won),
		cycleAdvantage,
		{ icp: cycle.previous.icp.won.median, nonIcp: cycle.previous.nonIcp.won.median },
		cycleMonths.map((m) => ({ month: m.month, icp: m.icp.won.median, nonIcp: m.nonIcp.won.median })),
		cycle.current.enoughData
	);

	const retention = card(
		{ family: 'retention', label: '12-month logo retention', unit: 'share', higherIsBetter: true },
		rateFigure(retained.current.icp.logoRetention),
		rateFigure(retained.current.nonIcp.logoRetention),
		retained.current.advantage.logoRetention,
		{ icp: retained.previous.icp.logoRetention.rate, nonIcp: retained.previous.nonIcp.logoRetention.rate },
		retainedMonths.map((m) => ({ month: m.month, icp: m.icp.logoRetention.rate, nonIcp: m.nonIcp.logoRetention.rate })),
		retained.current.enoughData
	);

	const cltvFigure = (f: { cltv: { value: number | null; low: number | null; high: number | null }; customers: number }): OverviewFigure => ({
		...f.cltv,
		n: f.customers
	});
	const cltv = card(
		{ family: 'cltv', label: 'Predicted CLTV', unit: 'money', higherIsBetter: true },
		cltvFigure(value.current.icp),
		cltvFigure(value.current.nonIcp),
		value.current.advantage.cltv,
		{ icp: value.previous.icp.cltv.value, nonIcp: value.previous.nonIcp.cltv.value },
		valueMonths.map((m) => ({ month: m.month, icp: m.icp.cltv.value, nonIcp: m.nonIcp.cltv.value })),
		value.current.enoughData
	);

	const campaigns = card(
		{ family: 'campaigns', label: 'Lead → deal conversion', unit: 'share', higherIsBetter: true },
		rateFigure(funnel.current.icp.leadToDeal),
		rateFigure(funnel.current.nonIcp.leadToDeal),
		funnel.current.advantage,
		{ icp: funnel.previous.icp.leadToDeal.rate, nonIcp: funnel.previous.nonIcp.leadToDeal.rate },
		funnelMonths.map((m) => ({ month: m.month, icp: m.icp.leadToDeal.rate, nonIcp: m.nonIcp.leadToDeal.rate })),
		funnel.current.enoughData
	);

	return { period: periods.current, previousPeriod: periods.previous, winRate, salesCycle, retention, cltv, campaigns, winRateByMonth: winMonths };
}
