import type { DriftReport, ReviewedTrigger } from './evaluateDrift';
import type { EvidenceItem } from './types';

const signed = (value: number, digits: number) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;

/** One evidence number as text, in its unit. */
export function formatEvidenceValue(item: EvidenceItem): string {
	if (item.unit === 'date') return item.text ?? '–';
	const v = item.value;
	if (v === null || !Number.isFinite(v)) return '–';
	switch (item.unit) {
		case 'share':
			return `${(v * 100).toFixed(1)}%`;
		case 'points':
			return `${signed(v * 100, 1)} pts`;
		case 'days':
			return `${Math.round(v).toLocaleString('en-US')} d`;
		case 'ratio':
			return `${v.toFixed(2)}×`;
		case 'count':
			return Math.round(v).toLocaleString('en-US');
		case 'money':
			return Math.round(v).toLocaleString('en-US');
		case 'psi':
			return v.toFixed(3);
		case 'chiSquare':
		case 'cusum':
			return v.toFixed(1);
		case 'p':
			return v < 0.001 ? '< 0.001' : v.toFixed(3);
	}
}

/** "ICP 23.3%, non-ICP 14.8%, …" for a table cell. */
export const formatEvidence = (items: readonly EvidenceItem[]): string => items.map((item) => `${item.label} ${formatEvidenceValue(item)}`).join(', ');

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function statusText(t: ReviewedTrigger): string {
	const status = t.status === 'ok' ? 'ok' : `**${t.status}**`;
	return t.acknowledgement ? `${status} (acknowledged ${t.acknowledgement.at.slice(0, 10)})` : status;
}

/** The trigger table and one explanation paragraph per trigger, as Markdown. */
export function driftReportMarkdown(report: DriftReport): string {
	const lines = [
		`# ICP review: ${report.icpName}`,
		'',
		`Data ${report.span.firstMonth} to ${report.span.lastMonth}; reference months ${report.reference.from} to ${report.reference.to}; as of ${report.asOf}. ` +
			(report.reviewDue ? '**A review is due.**' : 'No review is due.'),
		'',
		'| trigger | status | first fired | month | evidence |',
		'|---|---|---|---|---|',
		...report.triggers.map((t) => `| ${cell(t.title)} | ${statusText(t)} | ${t.firstFired ?? '–'} | ${t.month ?? '–'} | ${cell(formatEvidence(t.evidence))} |`),
		''
	];
	for (const t of report.triggers) {
		lines.push(`## ${t.title}: ${t.status}${t.firstFired ? ` since ${t.firstFired}` : ''}`, '', t.explanation, '');
		if (t.acknowledgement) lines.push(`Acknowledged on ${t.acknowledgement.at}: ${t.acknowledgement.note || '(no note)'}`, '');
	}
	return lines.join('\n');
}
