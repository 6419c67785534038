import { formatMoney, formatPercent, formatPoints } from '../format/formatNumbers';
import type { CltvPeriod, CltvResult } from '../kpis/cltv';
import type { ReportSettings } from '../kpis/reportFilter';
import type { RetentionPeriod, RetentionResult } from '../kpis/retention';
import type { SalesCyclePeriod, SalesCycleResult } from '../kpis/salesCycle';
import type { WinRatePeriod, WinRateResult } from '../kpis/winRate';
import { comparisonCard } from './comparisonCard';
import type { KpiCardModel } from './kpiCardModel';

type Href = (path: string) => string;

const signedDays = (v: number | null) => (v === null ? '–' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(Math.round(v))} d`);
const days = (v: number | null) => (v === null ? '–' : `${Math.round(v)} d`);
const signedMoney = (v: number | null) => (v === null ? '–' : `${v >= 0 ? '+' : '−'}${formatMoney(Math.abs(v))}`);
const label = (p: { from: string; to: string }) => `${p.from} – ${p.to}`;

export function winRateCard(result: WinRateResult, previous: WinRatePeriod, settings: ReportSettings, href: Href): KpiCardModel {
	const current = result.period;
	return comparisonCard({
		id: 'win-rate',
		title: 'Win rate',
		definition: 'won ÷ (won + lost), deals closed in the period',
		href: href('/win-rate'),
		confidence: settings.confidence,
		icp: { value: current.icp.rate, n: current.icp.n },
		nonIcp: { value: current.nonIcp.rate, n: current.nonIcp.n },
		advantage: current.advantage,
		previousDiff: previous.enoughData ? previous.advantage.diff : null,
		previousLabel: label(previous),
		better: 'higher',
		enoughData: current.enoughData,
		insufficientReason: `ICP has ${current.icp.n} and non-ICP ${current.nonIcp.n} closed deals; each group needs ${settings.minSample}.`,
		formatValue: (v) => formatPercent(v),
		formatDiff: (v) => formatPoints(v),
		sparkline: {
			months: result.byMonth.map((m) => m.month),
			icp: result.byMonth.map((m) => (m.icp.enoughData ? m.icp.rate : null)),
			nonIcp: result.byMonth.map((m) => (m.nonIcp.enoughData ? m.nonIcp.rate : null))
		}
	});
}

export function salesCycleCard(result: SalesCycleResult, previous: SalesCyclePeriod, settings: ReportSettings, href: Href): KpiCardModel {
	const current = result.period;
	return comparisonCard({
		id: 'sales-cycle',
		title: 'Sales cycle (won)',
		definition: 'median days from created to closed won',
		href: href('/sales-cycle'),
		confidence: settings.confidence,
		icp: { value: current.icp.won.median, n: current.icp.won.n },
		nonIcp: { value: current.nonIcp.won.median, n: current.nonIcp.won.n },
		advantage: current.advantage,
		previousDiff: previous.enoughData ? previous.advantage.diff : null,
		previousLabel: label(previous),
		better: 'lower',
		enoughData: current.enoughData,
		insufficientReason: `ICP has ${current.icp.won.n} and non-ICP ${current.nonIcp.won.n} won deals; each group needs ${settings.minSample}.`,
		formatValue: days,
		formatDiff: signedDays,
		sparkline: {
			months: result.byMonth.map((m) => m.month),
			icp: result.byMonth.map((m) => m.icp.won.median),
			nonIcp: result.byMonth.map((m) => m.nonIcp.won.median)
		}
	});
}

export function retentionCard(result: RetentionResult, previous: RetentionPeriod, settings: ReportSettings, href: Href): KpiCardModel {
	const current = result.period;
	return comparisonCard({
		id: 'retention',
		title: '12-month logo retention',
		definition: `customers paying 12 months before ${current.endMonth ?? 'the period end'} still paying`,
		href: href('/retention'),
		confidence: settings.confidence,
		icp: { value: current.icp.logoRetention.rate, n: current.icp.cohortLogos },
		nonIcp: { value: current.nonIcp.logoRetention.rate, n: current.nonIcp.cohortLogos },
		advantage: current.advantage.logoRetention,
		previousDiff: previous.enoughData ? previous.advantage.logoRetention.diff : null,
		previousLabel: previous.endMonth ? `window ending ${previous.endMonth}` : 'the previous period',
		better: 'higher',
		enoughData: current.enoughData,
		insufficientReason: `the opening cohorts have ${current.icp.cohortLogos} ICP and ${current.nonIcp.cohortLogos} non-ICP customers; each needs ${settings.minSample}.`,
		formatValue: (v) => formatPercent(v),
		formatDiff: (v) => formatPoints(v),
		sparkline: {
			months: result.byMonth.map((m) => m.month),
			icp: result.byMonth.map((m) => (m.icp.logoRetention.enoughData ? m.icp.logoRetention.rate : null)),
			nonIcp: result.byMonth.map((m) => (m.nonIcp.logoRetention.enoughData ? m.nonIcp.logoRetention.rate : null))
		}
	});
}

export function cltvCard(result: CltvResult, previous: CltvPeriod, settings: ReportSettings, href: Href): KpiCardModel {
	const current = result.period;
	return comparisonCard({
		id: 'cltv',
		title: 'Predictive CLTV',
		definition: `ARPA × ${formatPercent(result.grossMargin, 0)} margin ÷ monthly churn`,
		href: href('/cltv'),
		confidence: settings.confidence,
		icp: { value: current.icp.cltv.value, n: current.icp.customers },
		nonIcp: { value: current.nonIcp.cltv.value, n: current.nonIcp.customers },
		advantage: { diff: current.advantage.cltv, low: null, high: null, p: null },
		previousDiff: previous.enoughData ? previous.advantage.cltv : null,
		previousLabel: 'the previous period',
		better: 'higher',
		enoughData: current.enoughData,
		insufficientReason: `${current.icp.customers} ICP and ${current.nonIcp.customers} non-ICP customers paid in the period; each group needs ${settings.minSample}.`,
		formatValue: (v) => formatMoney(v),
		formatDiff: signedMoney,
		sparkline: {
			months: result.byMonth.map((m) => m.month),
			icp: result.byMonth.map((m) => (m.icp.enoughData ? m.icp.cltv.value : null)),
			nonIcp: result.byMonth.map((m) => (m.nonIcp.enoughData ? m.nonIcp.cltv.value : null))
		}
	});
}
