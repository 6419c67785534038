import type { ChartOption } from '../charts/echarts';
import { formatCount, formatPercent } from '../format/formatNumbers';
import type { WinRateTier } from '../kpis/winRate';
import { formatInterval } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR, UNKNOWN_COLOR } from './groupColors';
import { intervalBarsOption } from './intervalBarsOption';

const TIER_ORDER = ['A', 'B', 'C', 'out', 'unknown'];

export const tierLabel = (tier: string): string =>
	tier === 'out' ? 'Out' : tier === 'unknown' ? 'Unknown account' : `Tier ${tier}`;

const tierColor = (tier: string) => (tier === 'A' || tier === 'B' ? ICP_COLOR : tier === 'unknown' ? UNKNOWN_COLOR : NON_ICP_COLOR);

/** Tiers in the ICP's order (A, B are ICP; C and out are not), then any other. */
export function sortTiers<T extends { tier: string }>(tiers: readonly T[]): T[] {
	const rank = (t: string) => (TIER_ORDER.includes(t) ? TIER_ORDER.indexOf(t) : TIER_ORDER.length);
	return [...tiers].sort((a, b) => rank(a.tier) - rank(b.tier) || a.tier.localeCompare(b.tier));
}

/** Win rate per ICP tier over the period, Wilson whiskers; tiers under min_sample closed deals have no bar. */
export function winRateByTierOption(tiers: readonly WinRateTier[], confidence: string): ChartOption {
	return intervalBarsOption({
		format: (v) => formatPercent(v, 0),
		yMin: 0,
		bars: sortTiers(tiers).map((t) => ({
			label: `${tierLabel(t.tier)}\nn = ${formatCount(t.n)}`,
			color: tierColor(t.tier),
			value: t.enoughData ? t.rate : null,
			low: t.enoughData ? t.low : null,
			high: t.enoughData ? t.high : null,
			detail: `${formatCount(t.won)} won / ${formatCount(t.lost)} lost · ${confidence} CI ${formatInterval(t.low, t.high)}`
		}))
	});
}
