import type { CriterionKind, IcpCriterion, IcpOp, Scalar } from '../icp/types';

export const OP_WORDS: Record<IcpOp, string> = {
	in: 'is one of',
	notIn: 'is none of',
	eq: 'equals',
	between: 'is between',
	gte: 'is at least',
	lte: 'is at most',
	contains: 'includes any of',
	isNull: 'is missing',
	notNull: 'is present'
};

export const KIND_WORDS: Record<CriterionKind, string> = {
	must: 'Must',
	nice: 'Nice to have',
	exclude: 'Exclude'
};

export function formatScalar(value: Scalar): string {
	if (typeof value === 'number') return Number.isFinite(value) ? value.toLocaleString('en-US', { maximumFractionDigits: 6 }) : '?';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return value.trim() === '' ? '?' : value;
}

/** The criterion's condition in words: `employees is between 50 and 1,000`. */
export function describeCondition(criterion: IcpCriterion): string {
	const words = `${criterion.field} ${OP_WORDS[criterion.op]}`;
	if (!('value' in criterion)) return words;
	const value = criterion.value;
	if (criterion.op === 'between') {
		const [low, high] = value as [Scalar, Scalar];
		return `${words} ${formatScalar(low)} and ${formatScalar(high)}`;
	}
	if (Array.isArray(value)) return `${words} ${value.map(formatScalar).join(', ')}`;
	return `${words} ${formatScalar(value)}`;
}

/** An account's attribute as the why-panel prints it: lists joined, dates as YYYY-MM-DD, missing as "missing". */
export function formatAttribute(value: unknown, isDate: boolean): string {
	if (value === null || value === undefined) return 'missing';
	if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => formatAttribute(v, isDate)).join(', ');
	if (isDate && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
	if (typeof value === 'number') return Number.isNaN(value) ? 'missing' : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
	if (typeof value === 'string' && value.trim() === '') return 'blank';
	return String(value);
}
