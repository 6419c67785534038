import type { Engine } from '../db/engine';
import { sumColumnsBy, tableRows } from '../db/rows';
import { proportionAdvantage, rateEstimate, ratio, type Advantage, type IcpGroup, type RateEstimate } from './estimates';
import type { ReportSettings } from './reportFilter';
import { readReportFrame, type PeriodName, type ReportFrame } from './reportPeriods';

/** Deals closed won or lost in a group; open deals are not counted. */
export interface WinRateGroup extends RateEstimate {
	won: number;
	lost: number;
	/** Sum of amounts of won / lost deals that have an amount. */
	wonAmount: number;
	lostAmount: number;
	/** Closed deals with an amount: the n of the amount-based rate. */
	amountN: number;
	/** "$ win rate" = wonAmount / (wonAmount + lostAmount); null when no closed deal has an amount. */
	amountRate: number | null;
	/** Closed deals left out of the $ win rate because their amount is missing. */
	missingAmount: number;
}

export interface WinRateMonth {
	month: string;
	icp: WinRateGroup;
	nonIcp: WinRateGroup;
	/** Deals whose account is missing or unknown: neither ICP nor non-ICP. */
	unknown: WinRateGroup;
}

export interface WinRatePeriod {
	from: string;
	to: string;
	icp: WinRateGroup;
	nonIcp: WinRateGroup;
	unknown: WinRateGroup;
	/** ICP minus non-ICP count-based win rate: Newcombe interval, z-test or Fisher's exact. */
	advantage: Advantage;
	/** Both ICP and non-ICP have at least min_sample closed deals. */
	enoughData: boolean;
}

export interface WinRateTier extends WinRateGroup {
	tier: string;
}

export interface WinRateResult {
	byMonth: WinRateMonth[];
	period: WinRatePeriod;
	byTier: WinRateTier[];
}

type CountsRow = {
	won: number;
	lost: number;
	won_amount: number;
	lost_amount: number;
	won_priced: number;
	lost_priced: number;
	missing_amount: number;
};

const COUNTS = 'won, lost, won_amount, lost_amount, won_priced, lost_priced, missing_amount';
const NO_DEALS: CountsRow = { won: 0, lost: 0, won_amount: 0, lost_amount: 0, won_priced: 0, lost_priced: 0, missing_amount: 0 };
const COUNTED = Object.keys(NO_DEALS) as (keyof CountsRow)[];

function winRateGroup(row: CountsRow | undefined, settings: ReportSettings): WinRateGroup {
	const c = row ?? NO_DEALS;
	return {
		...rateEstimate(c.won, c.won + c.lost, settings),
		won: c.won,
		lost: c.lost,
		wonAmount: c.won_amount,
		lostAmount: c.lost_amount,
		amountN: c.won_priced + c.lost_priced,
		amountRate: c.won_priced + c.lost_priced > 0 ? ratio(c.won_amount, c.won_amount + c.lost_amount) : null,
		missingAmount: c.missing_amount
	};
}

function winRatePeriod(from: string, to: string, rows: (CountsRow & { icp_group: IcpGroup })[], settings: ReportSettings): WinRatePeriod {
	const group = (g: IcpGroup) => winRateGroup(rows.find((r) => r.icp_group === g), settings);
	const icp = group('icp');
	const nonIcp = group('non_icp');
	return {
		from,
		to,
		icp,
		nonIcp,
		unknown: group('unknown'),
		advantage: proportionAdvantage(icp, nonIcp, settings),
		enoughData: icp.enoughData && nonIcp.enoughData
	};
}

export interface WinRateSummary {
	periods: Record<PeriodName, WinRatePeriod>;
	byMonth: WinRateMonth[];
}

/**
 * Win rate of the current and the previous period, and per close month of the current period
 * (months without deals have n = 0), from one read of win_rate_by_month.sql: a period's counts are
 * the sums of its months'.
 */
export async function queryWinRateSummary(engine: Engine, frame?: ReportFrame): Promise<WinRateSummary> {
	const { settings, periods, months } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<CountsRow & { period: PeriodName; month: string; icp_group: IcpGroup }>(
		await engine.query(`SELECT period, month, icp_group, ${COUNTS} FROM win_rate_by_month`)
	);
	const of = (name: PeriodName) =>
		winRatePeriod(periods[name].from, periods[name].to, sumColumnsBy(rows.filter((r) => r.period === name), 'icp_group', COUNTED), settings);
	const current = rows.filter((r) => r.period === 'current');
	return {
		periods: { current: of('current'), previous: of('previous') },
		byMonth: months.map((month) => {
			const group = (g: IcpGroup) => winRateGroup(current.find((r) => r.month === month && r.icp_group === g), settings);
			return { month, icp: group('icp'), nonIcp: group('non_icp'), unknown: group('unknown') };
		})
	};
}

/** Win rate ICP vs non-ICP: monthly series, period totals with the ICP advantage, and per tier. */
export async function queryWinRate(engine: Engine): Promise<WinRateResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const tiers = tableRows<CountsRow & { tier: string }>(
		await engine.query(`SELECT tier, ${COUNTS} FROM win_rate_by_tier ORDER BY tier`)
	);
	const summary = await queryWinRateSummary(engine, frame);
	return {
		byMonth: summary.byMonth,
		period: summary.periods.current,
		byTier: tiers.map((row) => ({ tier: row.tier, ...winRateGroup(row, settings) }))
	};
}
