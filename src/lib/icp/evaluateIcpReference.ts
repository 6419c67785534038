import type { AccountFit, IcpCriterion, IcpDefinition, Scalar, Tier } from './types';

/**
 * The ICP rules in plain TypeScript, written apart from the SQL compiler so each checks the other.
 * Accounts are plain objects as tableRows() returns them: text, numbers, booleans, lists as arrays,
 * dates as epoch milliseconds (or `YYYY-MM-DD` strings), missing values as null.
 */
export type AccountAttributes = Record<string, unknown>;

const SURROUNDING_SPACE = /^[ \t\n\v\f\r\u00a0]+|[ \t\n\v\f\r\u00a0]+$/g;

/** Same rule as the icp_norm macro: surrounding whitespace dropped, then lower case. */
export function normalizeText(text: string): string {
	return text.replace(SURROUNDING_SPACE, '').toLowerCase();
}

function attribute(account: AccountAttributes, field: string): unknown {
	if (field in account) return account[field];
	const key = Object.keys(account).find((k) => k.toLowerCase() === field.toLowerCase());
	return key === undefined ? undefined : account[key];
}

const isMissing = (value: unknown) => value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));

/** A date attribute as YYYY-MM-DD: epoch milliseconds are read as UTC (a timestamp's calendar day). */
function asIsoDate(value: unknown): string | null {
	if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
	if (typeof value === 'string') return value.slice(0, 10);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return null;
}

/** The attribute in the form the criterion's values compare with, or null when it cannot be compared. */
function comparable(value: unknown, sample: Scalar): string | number | boolean | null {
	if (typeof sample === 'number') return typeof value === 'number' ? value : null;
	if (typeof sample === 'boolean') return typeof value === 'boolean' ? value : null;
	if (typeof value === 'string') return normalizeText(value);
	return asIsoDate(value);
}

const normalized = (value: Scalar): Scalar => (typeof value === 'string' ? normalizeText(value) : value);

function holds(criterion: IcpCriterion, value: unknown): boolean {
	if (criterion.op === 'isNull') return isMissing(value);
	if (criterion.op === 'notNull') return !isMissing(value);
	if (isMissing(value)) return false;
	switch (criterion.op) {
		case 'contains': {
			if (!Array.isArray(value)) return false;
			const wanted = new Set(criterion.value.map(normalizeText));
			return value.some((item) => typeof item === 'string' && wanted.has(normalizeText(item)));
		}
		case 'in':
		case 'notIn': {
			const v = comparable(value, criterion.value[0]);
			if (v === null) return false;
			const found = criterion.value.some((w) => normalized(w) === v);
			return criterion.op === 'in' ? found : !found;
		}
		case 'eq': {
			const v = comparable(value, criterion.value);
			return v !== null && v === normalized(criterion.value);
		}
		case 'between': {
			const v = comparable(value, criterion.value[0]);
			return v !== null && v >= criterion.value[0] && v <= criterion.value[1];
		}
		case 'gte': {
			const v = comparable(value, criterion.value);
			return v !== null && v >= criterion.value;
		}
		case 'lte': {
			const v = comparable(value, criterion.value);
			return v !== null && v <= criterion.value;
		}
	}
}

/** The account's fit under one version of the definition; same result as its account_fit row. */
export function evaluateIcpReference(definition: IcpDefinition, version: string, account: AccountAttributes): AccountFit {
	const found = definition.versions.find((v) => v.version === version);
	if (!found) throw new Error(`No version "${version}" in the ICP definition`);
	const matched: string[] = [];
	const failed: string[] = [];
	let mustsHold = true;
	let excluded = false;
	let niceWeight = 0;
	let matchedWeight = 0;
	let hasNice = false;
	for (const criterion of found.criteria) {
		const ok = holds(criterion, attribute(account, criterion.field));
		const inFavour = criterion.kind === 'exclude' ? !ok : ok;
		(inFavour ? matched : failed).push(criterion.name);
		if (criterion.kind === 'must' && !ok) mustsHold = false;
		if (criterion.kind === 'exclude' && ok) excluded = true;
		if (criterion.kind === 'nice') {
			hasNice = true;
			niceWeight += criterion.weight;
			if (ok) matchedWeight += criterion.weight;
		}
	}
	const score = hasNice ? Math.round(((100 * matchedWeight) / niceWeight) * 1e6) / 1e6 : 100;
	const tier: Tier = !mustsHold || excluded ? 'out' : score >= definition.tiers.A ? 'A' : score >= definition.tiers.B ? 'B' : 'C';
	return { score, tier, isIcp: tier === 'A' || tier === 'B', matched, failed };
}
