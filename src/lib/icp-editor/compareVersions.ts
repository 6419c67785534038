import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { readAccountColumns } from '../icp/accountColumns';
import { compileIcpRules } from '../icp/compileIcpRules';
import { TIERS, type IcpDefinition, type Tier } from '../icp/types';
import backtestWinRatesSql from '../sql/icp-editor/backtest_win_rates.sql?raw';
import compareFitSql from '../sql/icp-editor/compare_fit.sql?raw';
import tierMoversSql from '../sql/icp-editor/tier_movers.sql?raw';
import tierTransitionsSql from '../sql/icp-editor/tier_transitions.sql?raw';
import { newcombeDifference, type DifferenceInterval } from '../stats/newcombe';
import { wilsonInterval, type RateInterval } from '../stats/wilson';
import { fillSqlTemplate } from './sqlTemplate';

/** Which definition a compared version belongs to: the one applied to every panel, or the one saved in the browser. */
export type FitSource = 'applied' | 'saved';

export interface CompareSide {
	source: FitSource;
	version: string;
}

const NO_SAVED_ROWS = 'SELECT account_id, version, tier FROM account_fit LIMIT 0';

/**
 * Materializes icp_editor_compare_fit: every account's tier under each version of the applied
 * definition and, when given, of `saved` (compiled against the loaded accounts; throws
 * IcpDefinitionError when it does not fit them). Re-run after the applied definition or the data change.
 */
export async function prepareComparison(engine: Engine, saved: IcpDefinition | null): Promise<void> {
	let savedSelect = NO_SAVED_ROWS;
	if (saved) savedSelect = compileIcpRules(saved, await readAccountColumns(engine)).selectSql;
	await engine.exec(fillSqlTemplate(compareFitSql, { saved: savedSelect }));
}

const sideParams = (x: CompareSide, y: CompareSide) => [x.source, x.version, y.source, y.version];

export interface TransitionMatrix {
	/** counts[tierX][tierY] = accounts in tierX under X and tierY under Y. */
	counts: Record<Tier, Record<Tier, number>>;
	total: number;
	/** Accounts whose tier differs. */
	moved: number;
	/** Accounts that are ICP (A or B) under Y but not under X, and the reverse. */
	enteredIcp: number;
	leftIcp: number;
}

const isIcpTier = (tier: Tier) => tier === 'A' || tier === 'B';

export function transitionMatrix(rows: readonly { tier_x: Tier; tier_y: Tier; accounts: number }[]): TransitionMatrix {
	const counts = Object.fromEntries(TIERS.map((x) => [x, Object.fromEntries(TIERS.map((y) => [y, 0]))])) as TransitionMatrix['counts'];
	let total = 0;
	let moved = 0;
	let enteredIcp = 0;
	let leftIcp = 0;
	for (const { tier_x, tier_y, accounts } of rows) {
		counts[tier_x][tier_y] += accounts;
		total += accounts;
		if (tier_x !== tier_y) moved += accounts;
		if (!isIcpTier(tier_x) && isIcpTier(tier_y)) enteredIcp += accounts;
		if (isIcpTier(tier_x) && !isIcpTier(tier_y)) leftIcp += accounts;
	}
	return { counts, total, moved, enteredIcp, leftIcp };
}

export async function queryTransitions(engine: Engine, x: CompareSide, y: CompareSide): Promise<TransitionMatrix> {
	return transitionMatrix(tableRows<{ tier_x: Tier; tier_y: Tier; accounts: number }>(await engine.query(tierTransitionsSql, sideParams(x, y))));
}

export interface Mover {
	account_id: string;
	name: string | null;
	tier_x: Tier;
	tier_y: Tier;
}

/** Up to 100 accounts that change tier, biggest moves first (tier_movers.sql). */
export async function queryMovers(engine: Engine, x: CompareSide, y: CompareSide): Promise<Mover[]> {
	return tableRows<Mover & Record<string, string | null>>(await engine.query(tierMoversSql, sideParams(x, y)));
}

export interface WonLost {
	won: number;
	lost: number;
}

export interface BacktestCounts {
	icp: WonLost;
	nonIcp: WonLost;
	/** Closed deals whose account is missing: in neither group. */
	unknown: WonLost;
}

export async function queryBacktestCounts(engine: Engine, x: CompareSide, y: CompareSide): Promise<{ x: BacktestCounts; y: BacktestCounts }> {
	const empty = (): BacktestCounts => ({ icp: { won: 0, lost: 0 }, nonIcp: { won: 0, lost: 0 }, unknown: { won: 0, lost: 0 } });
	const result = { x: empty(), y: empty() };
	const rows = tableRows<{ side: 'x' | 'y'; icp_group: 'icp' | 'non_icp' | 'unknown'; won: number; lost: number }>(
		await engine.query(backtestWinRatesSql, sideParams(x, y))
	);
	for (const row of rows) {
		const group = row.icp_group === 'non_icp' ? 'nonIcp' : row.icp_group;
		result[row.side][group] = { won: row.won, lost: row.lost };
	}
	return result;
}

export interface WinRate extends RateInterval {
	won: number;
	closed: number;
}

export interface BacktestSummary {
	icp: WinRate;
	nonIcp: WinRate;
	/** ICP win rate − non-ICP win rate with Newcombe's 95% interval. */
	advantage: DifferenceInterval;
	unknownClosed: number;
}

function winRate({ won, lost }: WonLost): WinRate {
	return { ...wilsonInterval(won, won + lost), won, closed: won + lost };
}

/** Win rates with Wilson 95% intervals and the ICP advantage with Newcombe's hybrid score interval. */
export function summarizeBacktest(counts: BacktestCounts): BacktestSummary {
	const icp = winRate(counts.icp);
	const nonIcp = winRate(counts.nonIcp);
	return {
		icp,
		nonIcp,
		advantage: newcombeDifference(icp.won, icp.closed, nonIcp.won, nonIcp.closed),
		unknownClosed: counts.unknown.won + counts.unknown.lost
	};
}
