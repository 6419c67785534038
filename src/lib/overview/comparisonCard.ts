import type { SparklineSeries } from '../charts/sparklinePaths';
import { formatCount, formatPValue } from '../format/formatNumbers';
import type { KpiCardModel } from './kpiCardModel';

type Format = (value: number | null) => string;

export interface Comparison {
	id: string;
	title: string;
	definition: string;
	href: string;
	confidence: number;
	icp: { value: number | null; n: number };
	nonIcp: { value: number | null; n: number };
	advantage: { diff: number | null; low: number | null; high: number | null; p: number | null };
	/** The previous period's advantage, for the delta line; null when it had too little data. */
	previousDiff: number | null;
	previousLabel: string;
	/** Whether a larger ICP-minus-non-ICP difference is better (win rate) or worse (cycle days). */
	better: 'higher' | 'lower';
	enoughData: boolean;
	insufficientReason: string;
	formatValue: Format;
	formatDiff: Format;
	sparkline: SparklineSeries | null;
}

/** One card's text from one family's period figures: the same layout for every KPI. */
export function comparisonCard(c: Comparison): KpiCardModel {
	const { diff, low, high, p } = c.advantage;
	const above = low !== null && low > 0;
	const below = high !== null && high < 0;
	const tone = !above && !below ? 'neutral' : above === (c.better === 'higher') ? 'good' : 'bad';
	const intervalText = low !== null && high !== null ? `${Math.round(c.confidence * 100)}% CI ${c.formatDiff(low)} to ${c.formatDiff(high)}` : 'no interval';
	return {
		id: c.id,
		title: c.title,
		definition: c.definition,
		href: c.href,
		enoughData: c.enoughData,
		insufficientReason: c.insufficientReason,
		icp: { value: c.formatValue(c.icp.value), n: formatCount(c.icp.n) },
		nonIcp: { value: c.formatValue(c.nonIcp.value), n: formatCount(c.nonIcp.n) },
		advantage: { value: c.formatDiff(diff), interval: p === null ? intervalText : `${intervalText} · ${formatPValue(p)}`, tone },
		delta: diff !== null && c.previousDiff !== null ? `${c.formatDiff(diff - c.previousDiff)} vs ${c.previousLabel} (${c.formatDiff(c.previousDiff)})` : null,
		sparkline: c.sparkline
	};
}
