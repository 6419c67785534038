import { advantageSeries, type AdvantageSeriesOptions, type WindowEstimate } from './advantageSeries';
import type { TriggerContext } from './context';
import { summarizeSeries } from './seriesSummary';
import type { AdvantagePoint, AdvantageTriggerResult, EvidenceItem, GroupMeasure, MonthSpan, TriggerId } from './types';
import { formatAdvantage, formatMonthSpan } from './wording';

/** What differs between the advantage triggers: names, units and the words of the explanation. */
export interface AdvantageSpec {
	id: TriggerId;
	title: string;
	unit: AdvantageTriggerResult['unit'];
	parity: number;
	floor: number;
	windowMonths: number;
	/** "ICP deals won 29.1% of 1,347 closed" */
	describeGroup: (group: 'ICP' | 'non-ICP', measure: GroupMeasure) => string;
	/** Completes "the data no longer shows that ICP …": "deals win more often". */
	claim: string;
	/** What to look at when the trigger is at review. */
	action: string;
	evidenceUnit: EvidenceItem['unit'];
}

export interface AdvantageTriggerInput {
	spec: AdvantageSpec;
	context: TriggerContext;
	estimate: AdvantageSeriesOptions['estimate'];
	reference: WindowEstimate | null;
	/** The months the reference estimate covers (shifted for retention). */
	referenceSpan: MonthSpan;
	testScale?: AdvantageSeriesOptions['testScale'];
	cusum?: AdvantageSeriesOptions['cusum'];
}

interface Rules {
	consecutiveMonths: number;
	h: number | null;
	/** "90%" */
	confidence: string;
}

function explain(spec: AdvantageSpec, result: Omit<AdvantageTriggerResult, 'explanation' | 'evidence'>, point: AdvantagePoint | undefined, rules: Rules): string {
	const { reference } = result;
	if (!point || !result.sufficient) {
		return `${spec.title}: not enough data to compare ICP and non-ICP yet (each group needs the minimum sample in a ${spec.windowMonths}-month window). Nothing is flagged until there is.`;
	}
	const window = spec.windowMonths === 1 ? `In ${point.month}` : `In the ${spec.windowMonths} months to ${point.month}`;
	const interval = point.low !== null && point.high !== null ? ` (${rules.confidence} interval ${formatAdvantage(point.low, spec.unit)} to ${formatAdvantage(point.high, spec.unit)})` : '';
	const referenceText =
		reference.advantage === null
			? ''
			: `, against ${formatAdvantage(reference.advantage, spec.unit)} in the reference months ${formatMonthSpan(reference.from, reference.to)}`;
	const measured = `${window}, ${spec.describeGroup('ICP', point.icp)} and ${spec.describeGroup('non-ICP', point.nonIcp)}: an advantage of ${formatAdvantage(point.advantage, spec.unit)}${interval}${referenceText}.`;
	const since = result.firstFired ? ` since ${result.firstFired}` : '';
	let verdict: string;
	if (result.status === 'review') {
		const parts: string[] = [];
		if (point.reason === 'interval' || point.reason === 'interval+cusum') {
			parts.push(`for ${rules.consecutiveMonths} months in a row the ${rules.confidence} interval has included ${formatAdvantage(spec.parity, spec.unit)} (no advantage): the data no longer shows that ICP ${spec.claim}`);
		}
		if ((point.reason === 'cusum' || point.reason === 'interval+cusum') && point.cusum !== null && rules.h !== null) {
			parts.push(`month after month the advantage has come in below the reference, and the accumulated shortfall (CUSUM ${point.cusum.toFixed(1)} standard errors) has passed ${rules.h}, which chance alone rarely does`);
		}
		verdict = `Review${since}: ${parts.join('; and ')}. ${spec.action}`;
	} else if (result.status === 'watch') {
		verdict = `Watch${since}: the advantage is below the ${formatAdvantage(spec.floor, spec.unit)} floor, but the evidence does not call for a review yet. Keep an eye on the next months.`;
	} else if (!point.resolved) {
		verdict = `The advantage is above the ${formatAdvantage(spec.floor, spec.unit)} floor. The window is too small to resolve the reference advantage, so only the floor is checked.`;
	} else {
		verdict = `The advantage holds: above the ${formatAdvantage(spec.floor, spec.unit)} floor and clearly above ${formatAdvantage(spec.parity, spec.unit)}.`;
	}
	return `${measured} ${verdict}`;
}

function evidence(spec: AdvantageSpec, point: AdvantagePoint | undefined, reference: AdvantageTriggerResult['reference'], confidence: string): EvidenceItem[] {
	const advantageUnit = spec.unit;
	const items: EvidenceItem[] = [
		{ label: 'ICP', value: point?.icp.value ?? null, unit: spec.evidenceUnit },
		{ label: 'non-ICP', value: point?.nonIcp.value ?? null, unit: spec.evidenceUnit },
		{ label: 'ICP n', value: point?.icp.n ?? null, unit: 'count' },
		{ label: 'non-ICP n', value: point?.nonIcp.n ?? null, unit: 'count' },
		{ label: 'advantage', value: point?.advantage ?? null, unit: advantageUnit },
		{ label: `${confidence} low`, value: point?.low ?? null, unit: advantageUnit },
		{ label: `${confidence} high`, value: point?.high ?? null, unit: advantageUnit },
		{ label: 'reference advantage', value: reference.advantage, unit: advantageUnit }
	];
	if (point?.cusum !== null && point?.cusum !== undefined) items.push({ label: 'CUSUM', value: point.cusum, unit: 'cusum' });
	return items;
}

/** Runs the windowed-interval logic for one advantage and words the result. */
export function advantageTrigger(input: AdvantageTriggerInput): AdvantageTriggerResult {
	const { spec, context } = input;
	const { settings } = context;
	const series = advantageSeries({
		months: context.months,
		evaluatedFrom: context.evaluatedFrom,
		windowMonths: spec.windowMonths,
		estimate: input.estimate,
		reference: input.reference,
		parity: spec.parity,
		floor: spec.floor,
		testScale: input.testScale,
		minResolution: settings.minResolution,
		consecutiveMonths: settings.consecutiveMonths,
		cusum: input.cusum
	});
	const summary = summarizeSeries(series);
	const point = summary.month === null ? undefined : series.find((p) => p.month === summary.month);
	const reference = {
		...input.referenceSpan,
		advantage: input.reference?.advantage ?? null,
		icp: input.reference?.icp ?? { value: null, n: 0 },
		nonIcp: input.reference?.nonIcp ?? { value: null, n: 0 }
	};
	const partial = {
		kind: 'advantage' as const,
		id: spec.id,
		title: spec.title,
		...summary,
		unit: spec.unit,
		parity: spec.parity,
		floor: spec.floor,
		windowMonths: spec.windowMonths,
		reference,
		series
	};
	const confidence = `${Math.round(settings.confidence * 100)}%`;
	return {
		...partial,
		evidence: evidence(spec, point, reference, confidence),
		explanation: explain(spec, partial, point, { consecutiveMonths: settings.consecutiveMonths, h: input.cusum?.h ?? null, confidence })
	};
}
