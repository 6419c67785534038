import { chiSquareSurvival } from '../stats/chiSquare';
import { chiSquareHomogeneity } from '../stats/chiSquareHomogeneity';
import { populationStabilityIndex } from '../stats/populationStability';
import { inSpan, type TriggerContext } from './context';
import type { PipelineMixRow } from './inputs';
import { FIXED_BIN_ORDER, OTHER_BIN, chooseBins, mergeSparseBins, sumGroups } from './mixBins';
import { windowEnding } from './advantageSeries';
import { summarizeSeries } from './seriesSummary';
import type { EvidenceItem, MixDimension, MixPoint, MixReason, MixSource, MixTriggerResult, TriggerId, TriggerStatus } from './types';
import { formatCount, formatMonthSpan, formatShare } from './wording';

interface MixSpec {
	id: TriggerId;
	source: MixSource;
	dimension: MixDimension;
	title: string;
	/** "new deals by ICP tier" */
	subject: string;
}

export const MIX_SPECS: readonly MixSpec[] = [
	{ id: 'mix-deals', source: 'deals', dimension: 'tier', title: 'ICP mix of new deals', subject: 'new deals by ICP tier' },
	{ id: 'mix-leads', source: 'leads', dimension: 'tier', title: 'ICP mix of new leads', subject: 'new leads by ICP tier' },
	{ id: 'mix-industry', source: 'deals', dimension: 'industry', title: 'Industry mix of new pipeline', subject: 'new deals by industry' },
	{ id: 'mix-size', source: 'deals', dimension: 'size', title: 'Size mix of new pipeline', subject: 'new deals by company size' },
	{ id: 'mix-region', source: 'deals', dimension: 'region', title: 'Region mix of new pipeline', subject: 'new deals by region' }
];

const ICP_TIERS = new Set(['A', 'B']);

/** ICP share of a tier mix: tiers A and B over deals, or over leads with a known account. */
function icpShare(spec: MixSpec, bins: readonly string[], counts: readonly number[]): number | null {
	if (spec.dimension !== 'tier') return null;
	let icp = 0;
	let base = 0;
	bins.forEach((bin, i) => {
		if (spec.source === 'leads' && bin === 'no account') return;
		base += counts[i];
		if (ICP_TIERS.has(bin)) icp += counts[i];
	});
	return base > 0 ? icp / base : null;
}

/**
 * How much more the reference months vary among themselves than independent draws would (Pearson's
 * X² of each month against the rest of the reference, summed, over its degrees of freedom; at least
 * 1). New deals and leads come in clusters of the same accounts, so their mix is overdispersed; the
 * window's X² is divided by this factor (quasi-likelihood scaling, McCullagh & Nelder 1989 §4.5).
 */
function referenceDispersion(referenceMonths: readonly string[], monthly: ReadonlyMap<string, number[]>, referenceCounts: readonly number[]): number {
	let chiSquare = 0;
	let df = 0;
	for (const month of referenceMonths) {
		const counts = monthly.get(month);
		if (!counts) continue;
		const rest = referenceCounts.map((c, i) => c - counts[i]);
		const test = chiSquareHomogeneity([rest, counts]);
		if (!Number.isFinite(test.chiSquare)) continue;
		chiSquare += test.chiSquare;
		df += test.df;
	}
	return df > 0 ? Math.max(1, chiSquare / df) : 1;
}

/**
 * Trigger 3, mix drift: the mix of new pipeline in a rolling window of created months against the
 * reference window. A shift counts when the chi-square test is significant at `alpha` and it is
 * material (PSI ≥ the watch band, or for tier mixes an ICP-share move ≥ icpShareShift): watch at
 * once, review when it lasts `consecutiveMonths` or PSI reaches the review band. Bins with too few
 * expected counts are merged for the test and the PSI; an empty bin counts as half an observation
 * in the PSI; the chi-square is scaled by the reference months' overdispersion.
 */
export function mixTrigger(spec: MixSpec, allRows: readonly PipelineMixRow[], context: TriggerContext): MixTriggerResult {
	const settings = context.settings.mix;
	const rows = allRows.filter((r) => r.source === spec.source && r.dimension === spec.dimension);
	const referenceByCategory = new Map<string, number>();
	for (const r of rows) if (inSpan(r.month, context.reference)) referenceByCategory.set(r.bin, (referenceByCategory.get(r.bin) ?? 0) + r.n);
	const categories = [...new Set(rows.map((r) => r.bin))];
	const bins = chooseBins(referenceByCategory, categories, settings.maxBins, FIXED_BIN_ORDER[`${spec.source}/${spec.dimension}`]);
	const binIndex = new Map(bins.map((b, i) => [b, i]));
	const otherIndex = bins.indexOf(OTHER_BIN);
	const monthly = new Map<string, number[]>();
	for (const r of rows) {
		const counts = monthly.get(r.month) ?? bins.map(() => 0);
		counts[binIndex.get(r.bin) ?? otherIndex] += r.n;
		monthly.set(r.month, counts);
	}
	const pooled = (months: readonly string[]) =>
		months.reduce<number[]>((sum, m) => {
			const counts = monthly.get(m);
			return counts ? sum.map((s, i) => s + counts[i]) : sum;
		}, bins.map(() => 0));
	const total = (counts: readonly number[]) => counts.reduce((s, c) => s + c, 0);
	const referenceCounts = pooled(context.months.filter((m) => inSpan(m, context.reference)));
	const referenceN = total(referenceCounts);
	const referenceShare = icpShare(spec, bins, referenceCounts);
	const dispersion = referenceDispersion(context.months.filter((m) => inSpan(m, context.reference)), monthly, referenceCounts);

	let materialRun = 0;
	const series = context.months.map((month): MixPoint => {
		const window = windowEnding(month, settings.windowMonths);
		const counts = pooled(window);
		const n = total(counts);
		const share = icpShare(spec, bins, counts);
		const overlapsReference = window.some((m) => inSpan(m, context.reference));
		if (overlapsReference || window[0] < context.evaluatedFrom || n < settings.minPerWindow || referenceN < settings.minPerWindow) {
			materialRun = 0;
			return { month, status: 'ok', evaluated: false, counts, n, icpShare: share, psi: null, chiSquare: null, df: null, p: null, reason: null };
		}
		const groups = mergeSparseBins(referenceCounts, n);
		const reference = sumGroups(referenceCounts, groups);
		const current = sumGroups(counts, groups);
		const test = chiSquareHomogeneity([reference, current]);
		const p = chiSquareSurvival(test.chiSquare / dispersion, test.df);
		const psi = populationStabilityIndex(reference, current, { epsilon: 0.5 / Math.min(n, referenceN) });
		const significant = Number.isFinite(p) && p < settings.alpha;
		const shareMoved = share !== null && referenceShare !== null && Math.abs(share - referenceShare) >= settings.icpShareShift;
		const material = significant && (psi >= settings.psiWatch || shareMoved);
		materialRun = material ? materialRun + 1 : 0;
		let status: TriggerStatus = 'ok';
		let reason: MixReason | null = null;
		if (material && psi >= settings.psiReview) [status, reason] = ['review', 'major'];
		else if (materialRun >= context.settings.consecutiveMonths) [status, reason] = ['review', 'sustained'];
		else if (material) [status, reason] = ['watch', 'shift'];
		return {
			month,
			status,
			evaluated: true,
			counts,
			n,
			icpShare: share,
			psi: Number.isFinite(psi) ? psi : null,
			chiSquare: Number.isFinite(test.chiSquare) ? test.chiSquare : null,
			df: test.df,
			p: Number.isFinite(p) ? p : null,
			reason
		};
	});
	const summary = summarizeSeries(series);
	const point = summary.month === null ? undefined : series.find((p) => p.month === summary.month);
	const reference = { ...context.reference, counts: referenceCounts, n: referenceN, icpShare: referenceShare };
	return {
		kind: 'mix',
		id: spec.id,
		title: spec.title,
		...summary,
		source: spec.source,
		dimension: spec.dimension,
		bins,
		windowMonths: settings.windowMonths,
		dispersion,
		reference,
		series,
		evidence: mixEvidence(point, reference, dispersion),
		explanation: explainMix(spec, summary, point, bins, reference, context)
	};
}

function mixEvidence(point: MixPoint | undefined, reference: MixTriggerResult['reference'], dispersion: number): EvidenceItem[] {
	const items: EvidenceItem[] = [
		{ label: 'PSI', value: point?.psi ?? null, unit: 'psi' },
		{ label: 'chi-square', value: point?.chiSquare ?? null, unit: 'chiSquare' },
		{ label: 'df', value: point?.df ?? null, unit: 'count' },
		{ label: 'dispersion', value: dispersion, unit: 'ratio' },
		{ label: 'p', value: point?.p ?? null, unit: 'p' },
		{ label: 'window n', value: point?.n ?? null, unit: 'count' },
		{ label: 'reference n', value: reference.n, unit: 'count' }
	];
	if (reference.icpShare !== null) {
		items.push({ label: 'ICP share', value: point?.icpShare ?? null, unit: 'share' }, { label: 'reference ICP share', value: reference.icpShare, unit: 'share' });
	}
	return items;
}

/** The bin whose share moved most, in words: "out rose from 31.0% to 38.2%". */
function biggestMove(bins: readonly string[], reference: readonly number[], current: readonly number[]): string {
	const refTotal = reference.reduce((s, c) => s + c, 0);
	const curTotal = current.reduce((s, c) => s + c, 0);
	let best = 0;
	let bestDelta = 0;
	bins.forEach((_, i) => {
		const delta = current[i] / curTotal - reference[i] / refTotal;
		if (Math.abs(delta) > Math.abs(bestDelta)) [best, bestDelta] = [i, delta];
	});
	return `"${bins[best]}" ${bestDelta >= 0 ? 'rose' : 'fell'} from ${formatShare(reference[best] / refTotal)} to ${formatShare(current[best] / curTotal)}`;
}

function explainMix(
	spec: MixSpec,
	summary: ReturnType<typeof summarizeSeries>,
	point: MixPoint | undefined,
	bins: readonly string[],
	reference: MixTriggerResult['reference'],
	context: TriggerContext
): string {
	const settings = context.settings.mix;
	if (!point) {
		return `${spec.title}: not enough new pipeline after the reference window (${formatMonthSpan(reference.from, reference.to)}) to compare; each needs ${formatCount(settings.minPerWindow)} or more. Nothing is flagged until there is.`;
	}
	const window = settings.windowMonths === 1 ? `In ${point.month}` : `In the ${settings.windowMonths} months to ${point.month}`;
	const share =
		point.icpShare !== null && reference.icpShare !== null
			? ` The ICP share is ${formatShare(point.icpShare)} against ${formatShare(reference.icpShare)} in the reference months.`
			: '';
	const measured = `${window}, ${formatCount(point.n)} ${spec.subject} compared with ${formatCount(reference.n)} in ${formatMonthSpan(reference.from, reference.to)}: PSI ${point.psi?.toFixed(3) ?? 'unknown'}, chi-square p ${point.p === null ? 'unknown' : point.p < 0.001 ? '< 0.001' : `= ${point.p.toFixed(3)}`}; ${biggestMove(bins, reference.counts, point.counts)}.${share}`;
	const since = summary.firstFired ? ` since ${summary.firstFired}` : '';
	if (summary.status === 'review') {
		const why = point.reason === 'major' ? `the shift is major (PSI ≥ ${settings.psiReview})` : `a significant, material shift has lasted ${context.settings.consecutiveMonths} months or more`;
		return `${measured} Review${since}: ${why}. The pipeline no longer looks like the one the ICP's results were measured on; check whether targeting, campaigns or the market moved, and whether the ICP should follow or sales and marketing should steer back.`;
	}
	if (summary.status === 'watch') {
		return `${measured} Watch${since}: the mix has shifted beyond noise this month; if it persists it becomes a review.`;
	}
	return `${measured} The mix is stable: any difference is within noise or too small to matter (PSI below ${settings.psiWatch}${point.icpShare !== null ? ` and ICP share within ${formatShare(settings.icpShareShift)}` : ''}).`;
}
