import type { ReviewedTrigger } from '../drift/evaluateDrift';
import { formatEvidenceValue } from '../drift/formatDriftReport';
import type { EvidenceItem, TriggerId, TriggerStatus } from '../drift/types';
import { kpiDetailLink, type KpiDetailLink } from './triggerLinks';

export interface EvidenceLine {
	label: string;
	text: string;
}

/**
 * The evidence as short lines, each value with its sample size: "ICP" and "ICP n" become
 * "ICP 23.3% (n = 1,347)", the interval's two ends one "90% interval" line, chi-square with its df,
 * a value with its reference value ("advantage +8.4 pts (reference +18.7 pts)").
 */
export function evidenceLines(items: readonly EvidenceItem[]): EvidenceLine[] {
	const byLabel = new Map(items.map((item) => [item.label, item]));
	const used = new Set<string>();
	const lines: EvidenceLine[] = [];
	for (const item of items) {
		if (used.has(item.label)) continue;
		used.add(item.label);
		const n = byLabel.get(`${item.label} n`);
		const high = item.label.endsWith(' low') ? byLabel.get(item.label.replace(/ low$/, ' high')) : undefined;
		const df = item.label === 'chi-square' ? byLabel.get('df') : undefined;
		const reference = byLabel.get(`reference ${item.label}`);
		if (reference) {
			used.add(reference.label);
			lines.push({ label: item.label, text: `${formatEvidenceValue(item)} (reference ${formatEvidenceValue(reference)})` });
		} else if (n) {
			used.add(n.label);
			lines.push({ label: item.label, text: `${formatEvidenceValue(item)} (n = ${formatEvidenceValue(n)})` });
		} else if (high) {
			used.add(high.label);
			lines.push({ label: item.label.replace(/ low$/, ' interval'), text: `${formatEvidenceValue(item)} to ${formatEvidenceValue(high)}` });
		} else if (df) {
			used.add(df.label);
			lines.push({ label: item.label, text: `${formatEvidenceValue(item)} (df ${formatEvidenceValue(df)})` });
		} else {
			lines.push({ label: item.label, text: formatEvidenceValue(item) });
		}
	}
	return lines;
}

export interface TriggerRow {
	id: TriggerId;
	title: string;
	status: TriggerStatus;
	/** The month the status was evaluated in, and when the current status was first reached. */
	month: string | null;
	firstFired: string | null;
	evidence: EvidenceLine[];
	explanation: string;
	link: KpiDetailLink;
	acknowledgement: { at: string; note: string; status: 'watch' | 'review' } | null;
	/** At watch or review with no acknowledgement of this episode yet. */
	canAcknowledge: boolean;
}

export function triggerRow(trigger: ReviewedTrigger): TriggerRow {
	const ack = trigger.acknowledgement;
	return {
		id: trigger.id,
		title: trigger.title,
		status: trigger.status,
		month: trigger.month,
		firstFired: trigger.firstFired,
		evidence: evidenceLines(trigger.evidence),
		explanation: trigger.explanation,
		link: kpiDetailLink(trigger.id),
		acknowledgement: ack ? { at: ack.at.slice(0, 10), note: ack.note, status: ack.status } : null,
		canAcknowledge: trigger.status !== 'ok' && trigger.episodeStart !== null && ack === null
	};
}
