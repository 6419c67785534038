import { formatMoney, formatPercent, formatPoints } from '../format/formatNumbers';
import type { KpiFamily, OverviewCard, OverviewResult } from '../kpis/overview';
import type { ReportSettings } from '../kpis/reportFilter';
import { comparisonCard } from './comparisonCard';
import type { KpiCardModel } from './kpiCardModel';

const signed = (text: string, v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${text}`;
const days = (v: number | null) => (v === null ? '–' : `${Math.round(v)} d`);

const units = {
	share: { value: (v: number | null) => formatPercent(v), diff: (v: number | null) => formatPoints(v) },
	days: { value: days, diff: (v: number | null) => (v === null ? '–' : signed(days(Math.abs(v)), v)) },
	money: { value: (v: number | null) => formatMoney(v), diff: (v: number | null) => (v === null ? '–' : signed(formatMoney(Math.abs(v)), v)) }
} as const;

const families: Record<KpiFamily, { id: string; path: string; definition: string; counted: string }> = {
	winRate: { id: 'win-rate', path: '/win-rate', definition: 'won ÷ (won + lost), deals closed in the period', counted: 'closed deals' },
	salesCycle: { id: 'sales-cycle', path: '/sales-cycle', definition: 'median days from created to closed, won deals', counted: 'won deals' },
	retention: { id: 'retention', path: '/retention', definition: 'customers of 12 months before the period end still paying', counted: 'customers in the opening cohort' },
	cltv: { id: 'cltv', path: '/cltv', definition: 'ARPA × gross margin ÷ monthly churn', counted: 'paying customers' },
	campaigns: { id: 'campaigns', path: '/campaigns', definition: 'leads created in the period that became deals', counted: 'leads' }
};

export const OVERVIEW_FAMILIES: readonly KpiFamily[] = ['winRate', 'salesCycle', 'retention', 'cltv', 'campaigns'];

/** A KPI card's text from one family of queryOverview: the same layout for every KPI. */
export function overviewCard(card: OverviewCard, overview: OverviewResult, settings: ReportSettings, href: (path: string) => string): KpiCardModel {
	const family = families[card.family];
	const format = units[card.unit];
	const previous = overview.previousPeriod;
	return comparisonCard({
		id: family.id,
		title: card.label,
		definition: family.definition,
		href: href(family.path),
		confidence: settings.confidence,
		icp: { value: card.icp.value, n: card.icp.n },
		nonIcp: { value: card.nonIcp.value, n: card.nonIcp.n },
		advantage: card.advantage,
		previousDiff: card.previous.advantage,
		previousLabel: `${previous.from} – ${previous.to}`,
		better: card.higherIsBetter ? 'higher' : 'lower',
		enoughData: card.enoughData,
		insufficientReason: `ICP has ${card.icp.n} and non-ICP ${card.nonIcp.n} ${family.counted}; each group needs ${settings.minSample}.`,
		formatValue: format.value,
		formatDiff: format.diff,
		sparkline: {
			months: card.sparkline.map((p) => p.month),
			icp: card.sparkline.map((p) => p.icp),
			nonIcp: card.sparkline.map((p) => p.nonIcp)
		}
	});
}
