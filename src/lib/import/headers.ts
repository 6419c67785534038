/**
 * Header names compared loosely: case, punctuation, en/em dashes, snake_case and camelCase do not
 * matter ("Deal – Won time", "deal_won_time" and "dealWonTime" are the same header).
 */
export function normalizeHeader(header: string): string {
	let h = header.normalize('NFKC').replace(/^\uFEFF/, '').trim();
	if (/^[A-Za-z][A-Za-z0-9]*$/.test(h)) h = h.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
	return h
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * A stable key for a header layout: the same set of headers (any order, any case or punctuation)
 * gives the same key, so a confirmed mapping can be offered again for next month's export.
 */
export function headerSignature(headers: readonly string[]): string {
	const names = [...new Set(headers.map(normalizeHeader))].sort();
	const text = names.join('\u0001');
	let h1 = 0x811c9dc5;
	let h2 = 0x01000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 0x01000193);
		h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
	}
	const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
	return `h${names.length}-${hex(h1)}${hex(h2)}`;
}

/** A column name for an extra account attribute: "Lifecycle Stage" → lifecycle_stage. */
export function attributeName(header: string): string {
	const name = normalizeHeader(header).replace(/ /g, '_');
	return name === '' ? 'attribute' : /^\d/.test(name) ? `c_${name}` : name;
}
