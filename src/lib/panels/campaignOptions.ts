import type { ChartOption } from '../charts/echarts';
import { formatCount, formatPercent } from '../format/formatNumbers';
import type { CampaignFunnel, FunnelComparison, FunnelGroup, FunnelMonth } from '../kpis/campaigns';
import { wilsonInterval } from '../stats/wilson';
import { bandedLinesOption } from './bandedLinesOption';
import { formatInterval } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR, UNKNOWN_COLOR } from './groupColors';
import { groupedIntervalBarsOption, type GroupedValue } from './groupedIntervalBarsOption';
import { intervalBarsOption } from './intervalBarsOption';
import type { RatePoint } from './rateBandSeries';

export const FUNNEL_STEPS = [
	{ label: 'Lead → MQL', from: 'leads', to: 'mql' },
	{ label: 'MQL → SQL', from: 'mql', to: 'sql' },
	{ label: 'SQL → deal', from: 'sql', to: 'deals' },
	{ label: 'Deal → won', from: 'deals', to: 'won' }
] as const;

export const LEAD_GROUPS = [
	{ key: 'icp', name: 'ICP', color: ICP_COLOR },
	{ key: 'nonIcp', name: 'Non-ICP', color: NON_ICP_COLOR },
	{ key: 'noAccount', name: 'No account', color: UNKNOWN_COLOR }
] as const;

/** "(no campaign)" for leads without one; campaign names are user text and are only ever escaped or drawn on canvas. */
export const campaignLabel = (campaign: string | null): string => campaign ?? '(no campaign)';

function step(group: FunnelGroup, from: (typeof FUNNEL_STEPS)[number]['from'], to: (typeof FUNNEL_STEPS)[number]['to'], minSample: number, confidence: number): GroupedValue {
	const n = group[from];
	const x = group[to];
	const interval = wilsonInterval(x, n, confidence);
	const detail = `${formatCount(x)} of ${formatCount(n)} · ${formatInterval(interval.low, interval.high)}`;
	if (n < minSample) return { value: null, low: null, high: null, detail: `${detail} (n below ${minSample})` };
	return { value: interval.rate, low: interval.low, high: interval.high, detail };
}

/**
 * The funnel as step conversions (each stage ÷ the one before), ICP vs non-ICP vs no-account leads,
 * Wilson whiskers; a step whose input is below min_sample has no bar.
 */
export function funnelStepsOption(funnel: FunnelComparison, minSample: number, confidence: number): ChartOption {
	return groupedIntervalBarsOption({
		categories: FUNNEL_STEPS.map((s) => s.label),
		format: (v) => formatPercent(v, 0),
		yMin: 0,
		groups: LEAD_GROUPS.map(({ key, name, color }) => ({
			name: `${name} (n = ${formatCount(funnel[key].leads)})`,
			color,
			values: FUNNEL_STEPS.map((s) => step(funnel[key], s.from, s.to, minSample, confidence))
		}))
	});
}

/** Each campaign's ICP share of its leads (targeting accuracy), Wilson whiskers, highest first. */
export function icpShareOption(campaigns: readonly CampaignFunnel[], confidence: string): ChartOption {
	const sorted = [...campaigns].sort((a, b) => (b.icpShare.rate ?? -1) - (a.icpShare.rate ?? -1));
	return intervalBarsOption({
		horizontal: true,
		format: (v) => formatPercent(v, 0),
		yMin: 0,
		yMax: 1,
		bars: sorted.map((c) => ({
			label: `${campaignLabel(c.campaign)} · ${c.channel}`,
			color: ICP_COLOR,
			value: c.icpShare.enoughData ? c.icpShare.rate : null,
			low: c.icpShare.enoughData ? c.icpShare.low : null,
			high: c.icpShare.enoughData ? c.icpShare.high : null,
			detail: `${formatCount(c.icpShare.x)} ICP of ${formatCount(c.icpShare.n)} leads · ${confidence} CI ${formatInterval(c.icpShare.low, c.icpShare.high)}`
		}))
	});
}

function point(month: string, g: FunnelGroup): RatePoint {
	const r = g.leadToDeal;
	return r.enoughData ? { month, rate: r.rate, low: r.low, high: r.high } : { month, rate: null, low: null, high: null };
}

/** Lead → deal conversion by lead creation month, ICP vs non-ICP, Wilson bands. */
export function leadToDealByMonthOption(months: readonly FunnelMonth[]): ChartOption {
	const describe = (g: FunnelGroup) => ({
		value: g.leadToDeal.enoughData ? formatPercent(g.leadToDeal.rate) : 'not enough data',
		detail: `${formatCount(g.deals)} deals from ${formatCount(g.leads)} leads`
	});
	return bandedLinesOption({
		categories: months.map((m) => m.month),
		axisLabel: (v) => `${Math.round(v * 100)}%`,
		yMin: 0,
		xName: 'Month the lead was created',
		lines: [
			{ name: 'ICP', color: ICP_COLOR, points: months.map((m) => point(m.month, m.icp)), describe: (i) => describe(months[i].icp) },
			{ name: 'Non-ICP', color: NON_ICP_COLOR, points: months.map((m) => point(m.month, m.nonIcp)), describe: (i) => describe(months[i].nonIcp) }
		]
	});
}
