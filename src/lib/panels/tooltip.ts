import { escapeHtml } from '../format/escapeHtml';

/**
 * One line of an ECharts tooltip (which renders HTML): a coloured dot, a label, a bold value and
 * detail. Every text is escaped here, so callers may pass user text (campaign, owner) as it is.
 */
export function tooltipRow(label: string, color: string, value: string, detail = ''): string {
	const safeColor = /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#888';
	const rest = detail ? ` · ${escapeHtml(detail)}` : '';
	return `<span style="color:${safeColor}">●</span> ${escapeHtml(label)}: <b>${escapeHtml(value)}</b>${rest}`;
}

export function tooltipHeader(text: string): string {
	return `<b>${escapeHtml(text)}</b>`;
}
