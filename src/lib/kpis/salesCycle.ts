import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { bootstrapMedianDifference, type ValueCounts } from '../stats/bootstrap';
import { known, NO_ADVANTAGE, type Advantage, type IcpGroup } from './estimates';
import type { ReportSettings } from './reportFilter';
import { readReportFrame, type PeriodName, type ReportFrame } from './reportPeriods';
import { compareSurvival, type SurvivalComparison } from './survivalCurves';

/** Days from created_at to closed_at over a group's deals; null figures when n = 0. */
export interface CycleDistribution {
	n: number;
	median: number | null;
	p25: number | null;
	p75: number | null;
}

export interface CycleStats {
	won: CycleDistribution & { mean: number | null };
	lost: CycleDistribution & { mean: number | null };
	/** won.n ≥ min_sample: the headline is the median won cycle. */
	enoughData: boolean;
}

export interface SalesCyclePeriod {
	from: string;
	to: string;
	icp: CycleStats;
	nonIcp: CycleStats;
	unknown: CycleStats;
	/** ICP minus non-ICP median won cycle (days; negative = ICP closes faster), exact percentile bootstrap interval. */
	advantage: Advantage;
	enoughData: boolean;
}

export interface SalesCycleMonth {
	month: string;
	icp: { won: CycleDistribution; lost: CycleDistribution };
	nonIcp: { won: CycleDistribution; lost: CycleDistribution };
}

export interface SalesCycleResult {
	byMonth: SalesCycleMonth[];
	period: SalesCyclePeriod;
	/** Time to close (won or lost) of deals created in the period, open deals censored at the data's end. */
	timeToClose: SurvivalComparison;
}

type DistributionRow = {
	icp_group: IcpGroup;
	status: 'won' | 'lost';
	n: number;
	median_days: number | null;
	p25_days: number | null;
	p75_days: number | null;
};

const EMPTY: CycleDistribution = { n: 0, median: null, p25: null, p75: null };

function distribution(row: DistributionRow | undefined): CycleDistribution {
	if (!row) return EMPTY;
	return { n: row.n, median: row.median_days, p25: row.p25_days, p75: row.p75_days };
}

function cycleStats(rows: (DistributionRow & { mean_days: number | null })[], group: IcpGroup, settings: ReportSettings): CycleStats {
	const of = (status: 'won' | 'lost') => {
		const row = rows.find((r) => r.icp_group === group && r.status === status);
		return { ...distribution(row), mean: row?.mean_days ?? null };
	};
	const won = of('won');
	return { won, lost: of('lost'), enoughData: won.n >= settings.minSample };
}

export interface SalesCycleSummary {
	/** Without the bootstrap interval of the advantage (bootstrapCycleAdvantage). */
	periods: Record<PeriodName, SalesCyclePeriod>;
	byMonth: SalesCycleMonth[];
}

type SummaryRow = DistributionRow & { period: PeriodName; month: string | null; mean_days: number | null };

/** Median and IQR of the cycle for the current and previous period and per close month of the current one (sales_cycle_summary.sql). */
export async function querySalesCycleSummary(engine: Engine, frame?: ReportFrame): Promise<SalesCycleSummary> {
	const { settings, periods, months } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<SummaryRow>(
		await engine.query('SELECT period, month, icp_group, status, n, median_days, p25_days, p75_days, mean_days FROM sales_cycle_summary')
	);
	const of = (name: PeriodName): SalesCyclePeriod => {
		const inPeriod = rows.filter((r) => r.period === name && r.month === null);
		const icp = cycleStats(inPeriod, 'icp', settings);
		const nonIcp = cycleStats(inPeriod, 'non_icp', settings);
		const diff = icp.won.median !== null && nonIcp.won.median !== null ? icp.won.median - nonIcp.won.median : null;
		return {
			from: periods[name].from,
			to: periods[name].to,
			icp,
			nonIcp,
			unknown: cycleStats(inPeriod, 'unknown', settings),
			advantage: { ...NO_ADVANTAGE, diff },
			enoughData: icp.enoughData && nonIcp.enoughData
		};
	};
	const cell = (month: string, group: IcpGroup, status: 'won' | 'lost') =>
		distribution(rows.find((r) => r.period === 'current' && r.month === month && r.icp_group === group && r.status === status));
	return {
		periods: { current: of('current'), previous: of('previous') },
		byMonth: months.map((month) => ({
			month,
			icp: { won: cell(month, 'icp', 'won'), lost: cell(month, 'icp', 'lost') },
			nonIcp: { won: cell(month, 'non_icp', 'won'), lost: cell(month, 'non_icp', 'lost') }
		}))
	};
}

/**
 * ICP minus non-ICP median won cycle of the current period with its percentile bootstrap interval,
 * computed exactly (stats/bootstrap.ts) from the won deals' cycle lengths and their counts (sales_cycle_won_days.sql).
 */
export async function bootstrapCycleAdvantage(engine: Engine, settings: ReportSettings): Promise<Advantage> {
	const wonDays = tableRows<{ icp_group: IcpGroup; cycle_days: number; deals: number }>(
		await engine.query("SELECT icp_group, cycle_days, deals FROM sales_cycle_won_days WHERE icp_group IN ('icp', 'non_icp') ORDER BY cycle_days")
	);
	const days = (g: IcpGroup): ValueCounts => {
		const rows = wonDays.filter((r) => r.icp_group === g);
		return { values: rows.map((r) => r.cycle_days), counts: rows.map((r) => r.deals) };
	};
	const icpDays = days('icp');
	const nonIcpDays = days('non_icp');
	if (icpDays.values.length === 0 || nonIcpDays.values.length === 0) return NO_ADVANTAGE;
	const boot = bootstrapMedianDifference(icpDays, nonIcpDays, { confidence: settings.confidence });
	return { diff: known(boot.diff), low: known(boot.low), high: known(boot.high), p: null, method: 'bootstrap' };
}

/** Sales-cycle length ICP vs non-ICP: medians and IQR, bootstrap of the median difference, time-to-close curves. */
export async function querySalesCycle(engine: Engine): Promise<SalesCycleResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const summary = await querySalesCycleSummary(engine, frame);
	const current = { ...summary.periods.current, advantage: await bootstrapCycleAdvantage(engine, settings) };

	const counts = tableRows<{ icp_group: IcpGroup; time: number; events: number; censored: number }>(
		await engine.query('SELECT icp_group, time, events, censored FROM time_to_close_counts ORDER BY time')
	);
	const curve = (g: IcpGroup) => counts.filter((r) => r.icp_group === g).map(({ time, events, censored }) => ({ time, events, censored }));

	return {
		byMonth: summary.byMonth,
		period: current,
		timeToClose: compareSurvival(curve('icp'), curve('non_icp'), settings)
	};
}
