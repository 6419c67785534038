import { OPS_BY_COLUMN_KIND, type AccountColumn, type ColumnKind } from '../icp/accountColumns';
import { isIsoDate } from '../icp/parseIcpDefinition';
import type { CriterionCondition, CriterionKind, IcpCriterion, IcpOp, Scalar } from '../icp/types';
import type { AttributeProfile } from './attributeProfileTypes';

/*
 * Edits of one criterion as pure functions: each returns a new criterion whose value has the shape its
 * op needs (a list for in/notIn/contains, a pair for between, one value for eq/gte/lte, none for
 * isNull/notNull) and the type its column holds. What can be carried over from the previous value is;
 * otherwise the column's profile suggests a value. A value the user still has to fill in is left blank
 * (empty text, NaN) so the parser names it next to the criterion.
 */

/** The op a new criterion on a column of this kind starts with. */
export const DEFAULT_OP: Record<ColumnKind, IcpOp> = {
	text: 'in',
	textList: 'contains',
	number: 'between',
	date: 'between',
	boolean: 'eq',
	other: 'notNull'
};

const LIST_OPS: readonly IcpOp[] = ['in', 'notIn', 'contains'];
const NO_VALUE_OPS: readonly IcpOp[] = ['isNull', 'notNull'];

export const opTakesList = (op: IcpOp): boolean => LIST_OPS.includes(op);
export const opTakesValue = (op: IcpOp): boolean => !NO_VALUE_OPS.includes(op);

function fitsKind(kind: ColumnKind, value: unknown): value is Scalar {
	switch (kind) {
		case 'text':
		case 'textList':
			return typeof value === 'string' && value.trim() !== '';
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'date':
			return isIsoDate(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'other':
			return false;
	}
}

/** A placeholder the user has to replace: the parser reports it ("needs a number", "needs non-blank text"). */
export function blankValue(kind: ColumnKind): Scalar {
	if (kind === 'number') return NaN;
	if (kind === 'boolean') return true;
	return '';
}

/** The values a condition holds, in order, as a flat list. */
export function conditionValues(condition: CriterionCondition): Scalar[] {
	if (!('value' in condition)) return [];
	return Array.isArray(condition.value) ? [...condition.value] : [condition.value];
}

/** Values the profile suggests for an op: the most common text, the range or median of numbers and dates. */
function suggested(profile: AttributeProfile | undefined, op: IcpOp): Scalar[] {
	if (!profile) return [];
	switch (profile.kind) {
		case 'values': {
			const top = profile.values[0]?.value;
			if (top === undefined) return [];
			return profile.column.kind === 'boolean' ? [top === 'true'] : [top];
		}
		case 'numbers':
			if (profile.min === null || profile.max === null || profile.median === null) return [];
			return op === 'between' ? [profile.min, profile.max] : [profile.median];
		case 'dates':
			if (profile.min === null || profile.max === null || profile.median === null) return [];
			return op === 'between' ? [profile.min, profile.max] : [profile.median];
		case 'none':
			return [];
	}
}

function unique(values: Scalar[]): Scalar[] {
	return values.filter((v, i) => values.indexOf(v) === i);
}

/**
 * The condition for `op` on a column of `kind`, keeping what fits from `previous`: a list keeps its
 * items, a single value becomes a one-item list or both ends of a range, a range gives gte its
 * minimum and lte its maximum.
 */
export function conditionForOp(op: IcpOp, previous: CriterionCondition | null, kind: ColumnKind, profile?: AttributeProfile): CriterionCondition {
	if (!opTakesValue(op)) return { op } as CriterionCondition;
	const carried = unique(previous ? conditionValues(previous).filter((v) => fitsKind(kind, v)) : []);
	const values = carried.length > 0 ? carried : suggested(profile, op).filter((v) => fitsKind(kind, v));
	const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	switch (op) {
		case 'in':
		case 'notIn':
			return { op, value: values };
		case 'contains':
			return { op, value: values.map(String) };
		case 'eq':
			return { op, value: values[0] ?? blankValue(kind) };
		case 'gte':
			return { op, value: (sorted[0] ?? blankValue(kind)) as number | string };
		case 'lte':
			return { op, value: (sorted.at(-1) ?? blankValue(kind)) as number | string };
		case 'between': {
			const low = (sorted[0] ?? blankValue(kind)) as number | string;
			const high = (sorted.at(-1) ?? blankValue(kind)) as number | string;
			return { op, value: [low, high] as [number, number] | [string, string] };
		}
	}
	throw new Error(`No condition shape for op ${op}`);
}

function withCondition(criterion: IcpCriterion, condition: CriterionCondition): IcpCriterion {
	const { name, field, kind } = criterion;
	const role = kind === 'nice' ? { kind, weight: criterion.weight } : { kind };
	return { name, field, ...condition, ...role } as IcpCriterion;
}

/** Changes the op; the value is reshaped for it (see conditionForOp). */
export function withOp(criterion: IcpCriterion, op: IcpOp, column: AccountColumn | undefined, profile?: AttributeProfile): IcpCriterion {
	return withCondition(criterion, conditionForOp(op, criterion, column?.kind ?? 'text', profile));
}

/**
 * Points the criterion at another column. The old values belonged to another attribute, so they are
 * dropped for the profile's suggestion; the op is kept when the new column's type allows it.
 */
export function withField(criterion: IcpCriterion, column: AccountColumn, profile?: AttributeProfile): IcpCriterion {
	const allowed = OPS_BY_COLUMN_KIND[column.kind];
	const op = allowed.includes(criterion.op) ? criterion.op : DEFAULT_OP[column.kind];
	return { ...withCondition(criterion, conditionForOp(op, null, column.kind, profile)), field: column.name };
}

/** must / nice / exclude; a criterion becoming nice gets weight 1, one leaving nice loses its weight. */
export function withKind(criterion: IcpCriterion, kind: CriterionKind): IcpCriterion {
	const { name, field } = criterion;
	const condition = 'value' in criterion ? { op: criterion.op, value: criterion.value } : { op: criterion.op };
	const role = kind === 'nice' ? { kind, weight: criterion.kind === 'nice' ? criterion.weight : 1 } : { kind };
	return { name, field, ...condition, ...role } as IcpCriterion;
}

export function withWeight(criterion: IcpCriterion, weight: number): IcpCriterion {
	return criterion.kind === 'nice' ? { ...criterion, weight } : criterion;
}

export function withName(criterion: IcpCriterion, name: string): IcpCriterion {
	return { ...criterion, name };
}

/** Replaces the value; the caller gives the shape the op needs (a list, a pair, or one value). */
export function withValue(criterion: IcpCriterion, value: Scalar | Scalar[]): IcpCriterion {
	if (!opTakesValue(criterion.op)) return criterion;
	return { ...criterion, value } as IcpCriterion;
}

/** A new must criterion on `column` with a value suggested by its profile. */
export function newCriterion(name: string, column: AccountColumn, profile?: AttributeProfile): IcpCriterion {
	const op = DEFAULT_OP[column.kind];
	return { name, field: column.name, ...conditionForOp(op, null, column.kind, profile), kind: 'must' } as IcpCriterion;
}
