import type { IcpDefinition } from '../icp/types';
import type { TriggerContext } from './context';
import { addDays, addMonthsToDate, daysBetween, lastDayOfMonth, monthOfDate } from './months';
import type { EvidenceItem, StalenessPoint, StalenessTriggerResult, TriggerStatus } from './types';
import { formatCount } from './wording';

interface Standing {
	status: TriggerStatus;
	icpVersion: string | null;
	effectiveFrom: string | null;
	/** effectiveFrom or the last review on or before the day, whichever is later. */
	since: string | null;
	dueDate: string | null;
	ageDays: number | null;
}

/** The version in force on `day`: the latest whose effectiveFrom is on or before it. */
function versionInForce(definition: IcpDefinition, day: string) {
	return definition.versions.filter((v) => v.effectiveFrom <= day).at(-1) ?? null;
}

function standingOn(day: string, definition: IcpDefinition, reviews: readonly string[], context: TriggerContext): Standing {
	const { cadenceMonths, watchDays } = context.settings.staleness;
	const version = versionInForce(definition, day);
	if (!version) return { status: 'ok', icpVersion: null, effectiveFrom: null, since: null, dueDate: null, ageDays: null };
	const since = reviews.filter((r) => r <= day).reduce((latest, r) => (r > latest ? r : latest), version.effectiveFrom);
	const dueDate = addMonthsToDate(since, cadenceMonths);
	const status: TriggerStatus = day >= dueDate ? 'review' : day >= addDays(dueDate, -watchDays) ? 'watch' : 'ok';
	return { status, icpVersion: version.version, effectiveFrom: version.effectiveFrom, since, dueDate, ageDays: daysBetween(since, day) };
}

/**
 * Trigger 4, staleness: the ICP in force has not been reviewed within the review cadence (default
 * quarterly), counted from its effectiveFrom or the last review in the log. Age is measured on
 * `asOf` (by default the data's last month), so the result is reproducible. A review recorded after
 * `asOf` counts as a review on `asOf`: it was done looking at this data.
 */
export function stalenessTrigger(definition: IcpDefinition, reviewDates: readonly string[], asOf: string, context: TriggerContext): StalenessTriggerResult {
	const { cadenceMonths, watchDays } = context.settings.staleness;
	const series: StalenessPoint[] = context.months.map((month) => {
		const day = lastDayOfMonth(month) < asOf ? lastDayOfMonth(month) : asOf;
		const s = standingOn(day, definition, reviewDates, context);
		return { month, status: s.status, ageDays: s.ageDays ?? 0, icpVersion: s.icpVersion };
	});
	const current = standingOn(asOf, definition, reviewDates.map((r) => (r > asOf ? asOf : r)), context);
	const lastReviewed = reviewDates.length === 0 ? null : reviewDates.reduce((a, b) => (b > a ? b : a));
	const watchFrom = current.dueDate === null ? null : monthOfDate(addDays(current.dueDate, -watchDays));
	const firstFired = current.status === 'review' ? monthOfDate(current.dueDate!) : current.status === 'watch' ? watchFrom : null;
	const evidence: EvidenceItem[] = [
		{ label: 'version', value: null, unit: 'date', text: current.icpVersion ?? 'none' },
		{ label: 'reviewed or effective', value: null, unit: 'date', text: current.since ?? '–' },
		{ label: 'due', value: null, unit: 'date', text: current.dueDate ?? '–' },
		{ label: 'age', value: current.ageDays, unit: 'days' }
	];
	return {
		kind: 'staleness',
		id: 'staleness',
		title: 'ICP review cadence',
		status: current.status,
		month: monthOfDate(asOf),
		firstFired,
		episodeStart: current.status === 'ok' ? null : watchFrom,
		sufficient: current.icpVersion !== null,
		evidence,
		explanation: explainStaleness(current, asOf, cadenceMonths, lastReviewed),
		asOf,
		icpVersion: current.icpVersion,
		effectiveFrom: current.effectiveFrom,
		lastReviewed,
		reviewedOrEffective: current.since,
		dueDate: current.dueDate,
		ageDays: current.ageDays,
		cadenceMonths,
		series
	};
}

function explainStaleness(s: Standing, asOf: string, cadenceMonths: number, lastReviewed: string | null): string {
	if (s.icpVersion === null) return `No version of the ICP was in force on ${asOf}, so there is nothing to review yet.`;
	const cadence = cadenceMonths === 3 ? 'quarterly' : `every ${cadenceMonths} months`;
	const basis = s.since === s.effectiveFrom ? `took effect on ${s.effectiveFrom}` : `was last reviewed on ${s.since}`;
	const measured = `ICP version ${s.icpVersion} ${basis}: ${formatCount(s.ageDays ?? 0)} days before ${asOf}. Reviews are due ${cadence}, so the next one ${s.status === 'review' ? 'was' : 'is'} due on ${s.dueDate}.`;
	const noLog = lastReviewed === null ? ' No review is recorded in the review log.' : '';
	if (s.status === 'review') {
		return `${measured}${noLog} Review: markets, products and win patterns move; re-check the criteria and weights against the latest won and lost deals, then record the review (keeping or changing the ICP) to restart the clock.`;
	}
	if (s.status === 'watch') return `${measured} Watch: the review falls due soon; plan it.`;
	return `${measured} The ICP is within its review cadence.`;
}
