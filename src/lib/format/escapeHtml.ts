const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** ECharts tooltips render HTML: every user-provided string (company, campaign, owner) goes through this. */
export function escapeHtml(text: unknown): string {
	return String(text ?? '').replace(/[&<>"']/g, (c) => entities[c]);
}
