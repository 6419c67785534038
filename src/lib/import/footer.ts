/**
 * Lines report exports append after the data: Salesforce's "Grand Totals (25 records)",
 * "Confidential Information - Do Not Distribute" and "Copyright (c) 2000-2025 salesforce.com, inc.",
 * generic "Total", "Generated on …", "1,234 rows".
 */
const FOOTER = /^(grand totals?\b|sub-?totals?\b|totals?\b|sum\b|confidential\b|copyright\b|©|\(c\)\s|all rights reserved|generated\b|report generated|exported\b|run (date|by)\b|printed\b|page \d+|end of report|\d[\d,.]* (rows?|records?)\b|filtered by\b)/i;

/**
 * A record that is empty, or whose first value reads as a footer and that fills at most three and
 * fewer than half of the table's columns (a company called "Total Wine" in a full row is data).
 */
export function footerLike(fields: readonly string[], width: number): boolean {
	const values = fields.map((f) => f.trim()).filter((f) => f !== '');
	if (values.length === 0) return true;
	return values.length <= 3 && values.length < Math.max(2, width / 2) && FOOTER.test(values[0]);
}
