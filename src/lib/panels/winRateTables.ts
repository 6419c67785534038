import { formatCount, formatMoney, formatPercent } from '../format/formatNumbers';
import type { WinRateGroup, WinRatePeriod, WinRateTier } from '../kpis/winRate';
import { formatInterval } from './formatEstimates';
import { cell, type TableCell, type TableColumn, type TableModel } from './tableModel';
import { sortTiers, tierLabel } from './winRateByTierOption';

function columns(first: TableColumn, confidence: string): TableColumn[] {
	return [
		first,
		{ key: 'won', label: 'Won', numeric: true },
		{ key: 'lost', label: 'Lost', numeric: true },
		{ key: 'n', label: 'n (closed)', numeric: true },
		{ key: 'win_rate', label: 'Win rate', numeric: true },
		{ key: 'ci', label: `${confidence} CI`, numeric: true, only: 'screen' },
		{ key: 'ci_low', label: 'CI low', only: 'csv' },
		{ key: 'ci_high', label: 'CI high', only: 'csv' },
		{ key: 'amount_win_rate', label: '$ win rate', numeric: true },
		{ key: 'won_amount', label: 'Won $', numeric: true },
		{ key: 'lost_amount', label: 'Lost $', numeric: true },
		{ key: 'missing_amount', label: 'No amount', numeric: true }
	];
}

function groupCells(g: WinRateGroup): TableCell[] {
	return [
		cell(formatCount(g.won), g.won),
		cell(formatCount(g.lost), g.lost),
		cell(formatCount(g.n), g.n),
		cell(g.enoughData ? formatPercent(g.rate) : `${formatPercent(g.rate)} (small n)`, g.rate),
		cell(formatInterval(g.low, g.high), null),
		cell('', g.low),
		cell('', g.high),
		cell(formatPercent(g.amountRate), g.amountRate),
		cell(formatMoney(g.wonAmount), g.wonAmount),
		cell(formatMoney(g.lostAmount), g.lostAmount),
		cell(formatCount(g.missingAmount), g.missingAmount)
	];
}

/** Period totals ICP / non-ICP / unknown account: counts, count-based rate with its interval, $ rate. */
export function winRatePeriodTable(period: WinRatePeriod, confidence: string): TableModel {
	const groups: [string, WinRateGroup][] = [
		['ICP', period.icp],
		['Non-ICP', period.nonIcp],
		['Unknown account', period.unknown]
	];
	return {
		columns: columns({ key: 'group', label: 'Group' }, confidence),
		rows: groups.map(([label, g]) => [cell(label, label), ...groupCells(g)])
	};
}

/** Per tier: the amount columns stay in the CSV only, so the table fits beside its chart. */
export function winRateTierTable(tiers: readonly WinRateTier[], confidence: string): TableModel {
	const moneyOnly = new Set(['amount_win_rate', 'won_amount', 'lost_amount', 'missing_amount']);
	return {
		columns: columns({ key: 'tier', label: 'Tier' }, confidence).map((c) => (moneyOnly.has(c.key) ? { ...c, only: 'csv' as const } : c)),
		rows: sortTiers(tiers).map((t) => [cell(tierLabel(t.tier), t.tier), ...groupCells(t)])
	};
}
