import { describe, expect, it } from 'vitest';
import { OPS_BY_COLUMN_KIND, type AccountColumn, type ColumnKind } from '../icp/accountColumns';
import { checkCriteriaColumns } from '../icp/checkCriteriaColumns';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import type { IcpCriterion, IcpDefinition } from '../icp/types';
import type { AttributeProfile } from './attributeProfileTypes';
import { conditionForOp, newCriterion, withField, withKind, withOp, withValue, withWeight } from './criterionEdits';

const column = (name: string, kind: ColumnKind, type: string): AccountColumn => ({ name, kind, type });
const industry = column('industry', 'text', 'VARCHAR');
const region = column('region', 'text', 'VARCHAR');
const employees = column('employees', 'number', 'INTEGER');
const techStack = column('tech_stack', 'textList', 'VARCHAR[]');
const createdAt = column('created_at', 'date', 'DATE');
const isPublic = column('is_public', 'boolean', 'BOOLEAN');
const location = column('location', 'other', 'STRUCT(lat DOUBLE, lon DOUBLE)');
const COLUMNS = [industry, region, employees, techStack, createdAt, isPublic, location];

const PROFILES: Record<string, AttributeProfile> = {
	industry: { kind: 'values', column: industry, present: 90, distinct: 3, values: [{ value: 'Software', accounts: 50 }, { value: 'Fintech', accounts: 30 }, { value: 'Retail', accounts: 10 }] },
	region: { kind: 'values', column: region, present: 80, distinct: 2, values: [{ value: 'North America', accounts: 60 }, { value: 'APAC', accounts: 20 }] },
	employees: { kind: 'numbers', column: employees, present: 95, distinct: 80, min: 3, p25: 40, median: 120, p75: 600, max: 9000 },
	tech_stack: { kind: 'values', column: techStack, present: 70, distinct: 2, values: [{ value: 'Salesforce', accounts: 40 }, { value: 'HubSpot', accounts: 30 }] },
	created_at: { kind: 'dates', column: createdAt, present: 100, min: '2019-03-01', median: '2021-06-15', max: '2024-12-31' },
	is_public: { kind: 'values', column: isPublic, present: 100, distinct: 2, values: [{ value: 'false', accounts: 70 }, { value: 'true', accounts: 30 }] },
	location: { kind: 'none', column: location, present: 12 }
};

/** Parses a one-criterion definition and checks it against COLUMNS: the errors a user would see. */
function problems(criterion: IcpCriterion): string[] {
	const definition: IcpDefinition = { name: 't', tiers: { A: 70, B: 40 }, versions: [{ version: '1', effectiveFrom: '2020-01-01', criteria: [criterion] }] };
	const parsed = parseIcpDefinition(definition);
	if (!parsed.ok) return parsed.errors.map((e) => e.message);
	return checkCriteriaColumns(parsed.definition, COLUMNS).map((e) => e.message);
}

describe('newCriterion', () => {
	it('starts each column kind with its usual op and a value suggested by the profile', () => {
		expect(newCriterion('a', industry, PROFILES.industry)).toEqual({ name: 'a', field: 'industry', op: 'in', value: ['Software'], kind: 'must' });
		expect(newCriterion('b', employees, PROFILES.employees)).toEqual({ name: 'b', field: 'employees', op: 'between', value: [3, 9000], kind: 'must' });
		expect(newCriterion('c', techStack, PROFILES.tech_stack)).toMatchObject({ op: 'contains', value: ['Salesforce'] });
		expect(newCriterion('d', createdAt, PROFILES.created_at)).toMatchObject({ op: 'between', value: ['2019-03-01', '2024-12-31'] });
		expect(newCriterion('e', location, PROFILES.location)).toEqual({ name: 'e', field: 'location', op: 'notNull', kind: 'must' });
	});

	it('gives a valid criterion for every column that has a profile', () => {
		for (const c of COLUMNS) expect(problems(newCriterion('x', c, PROFILES[c.name])), c.name).toEqual([]);
	});
});

describe('withOp reshapes the value for the new op', () => {
	const inList: IcpCriterion = { name: 'size', field: 'employees', op: 'in', value: [500, 50, 500], kind: 'must' };

	it('carries values over: list → one value, range → its ends, one value → a one-item list', () => {
		expect(withOp(inList, 'eq', employees)).toMatchObject({ op: 'eq', value: 500 });
		expect(withOp(inList, 'between', employees)).toMatchObject({ op: 'between', value: [50, 500] });
		const range: IcpCriterion = { name: 'size', field: 'employees', op: 'between', value: [50, 1000], kind: 'must' };
		expect(withOp(range, 'gte', employees)).toMatchObject({ op: 'gte', value: 50 });
		expect(withOp(range, 'lte', employees)).toMatchObject({ op: 'lte', value: 1000 });
		expect(withOp(range, 'notIn', employees)).toMatchObject({ op: 'notIn', value: [50, 1000] });
		const single: IcpCriterion = { name: 'sector', field: 'industry', op: 'eq', value: 'Software', kind: 'nice', weight: 3 };
		expect(withOp(single, 'in', industry)).toEqual({ name: 'sector', field: 'industry', op: 'in', value: ['Software'], kind: 'nice', weight: 3 });
	});

	it('drops the value for isNull / notNull and suggests one when coming back', () => {
		const none = withOp(inList, 'isNull', employees);
		expect(none).toEqual({ name: 'size', field: 'employees', op: 'isNull', kind: 'must' });
		expect('value' in none).toBe(false);
		expect(withOp(none, 'gte', employees, PROFILES.employees)).toMatchObject({ op: 'gte', value: 120 });
		expect(withOp(none, 'between', employees, PROFILES.employees)).toMatchObject({ op: 'between', value: [3, 9000] });
	});

	it('leaves a blank the parser names when nothing can be carried or suggested', () => {
		const none: IcpCriterion = { name: 'size', field: 'employees', op: 'isNull', kind: 'must' };
		const blank = withOp(none, 'between', employees);
		expect(blank).toMatchObject({ op: 'between', value: [NaN, NaN] });
		expect(problems(blank).join()).toMatch(/"size".*between needs \[min, max\]/);
		expect(problems(withOp(none, 'in', industry)).join()).toMatch(/in needs a non-empty list/);
	});

	it('gives a criterion the parser and the column check accept for every op of every column kind', () => {
		for (const c of COLUMNS) {
			const start = newCriterion('x', c, PROFILES[c.name]);
			for (const op of OPS_BY_COLUMN_KIND[c.kind]) {
				for (const from of OPS_BY_COLUMN_KIND[c.kind]) {
					const criterion = withOp(withOp(start, from, c, PROFILES[c.name]), op, c, PROFILES[c.name]);
					expect(criterion.op).toBe(op);
					expect(problems(criterion), `${c.name}: ${from} → ${op}`).toEqual([]);
				}
			}
		}
	});

	it('keeps only values of the column type (text left over from another column is not carried into a number op)', () => {
		expect(conditionForOp('gte', { op: 'in', value: ['Software', 7] }, 'number')).toEqual({ op: 'gte', value: 7 });
		expect(conditionForOp('contains', { op: 'eq', value: 12 }, 'textList', PROFILES.tech_stack)).toEqual({ op: 'contains', value: ['Salesforce'] });
	});
});

describe('withField', () => {
	const sector: IcpCriterion = { name: 'sector', field: 'industry', op: 'notIn', value: ['Retail'], kind: 'exclude' };

	it('keeps an op the new column allows but replaces the old attribute values with the new one’s', () => {
		expect(withField(sector, region, PROFILES.region)).toEqual({ name: 'sector', field: 'region', op: 'notIn', value: ['North America'], kind: 'exclude' });
	});

	it('switches to the usual op of the new column kind when the op does not fit it', () => {
		const crm: IcpCriterion = { name: 'crm', field: 'tech_stack', op: 'contains', value: ['Salesforce'], kind: 'must' };
		expect(withField(crm, employees, PROFILES.employees)).toEqual({ name: 'crm', field: 'employees', op: 'between', value: [3, 9000], kind: 'must' });
		expect(withField(crm, isPublic, PROFILES.is_public)).toEqual({ name: 'crm', field: 'is_public', op: 'eq', value: false, kind: 'must' });
		expect(withField(sector, techStack, PROFILES.tech_stack)).toMatchObject({ field: 'tech_stack', op: 'contains', value: ['Salesforce'] });
		expect(withField(sector, employees, PROFILES.employees)).toMatchObject({ field: 'employees', op: 'notIn', value: [120] });
	});
});

describe('withKind and withWeight', () => {
	const must: IcpCriterion = { name: 'crm', field: 'tech_stack', op: 'contains', value: ['Salesforce'], kind: 'must' };

	it('gives a criterion becoming nice weight 1, keeps a nice weight, and drops it when leaving nice', () => {
		const nice = withKind(must, 'nice');
		expect(nice).toEqual({ ...must, kind: 'nice', weight: 1 });
		const heavy = withWeight(nice, 30);
		expect(withKind(heavy, 'nice')).toMatchObject({ weight: 30 });
		const exclude = withKind(heavy, 'exclude');
		expect(exclude).toEqual({ ...must, kind: 'exclude' });
		expect('weight' in exclude).toBe(false);
		expect(problems(exclude)).toEqual([]);
	});

	it('ignores a weight on a criterion that is not nice, and a value on one that takes none', () => {
		expect(withWeight(must, 5)).toBe(must);
		const present: IcpCriterion = { name: 'p', field: 'industry', op: 'notNull', kind: 'must' };
		expect(withValue(present, ['x'])).toBe(present);
		expect(withValue(must, ['HubSpot', 'Zoho'])).toMatchObject({ value: ['HubSpot', 'Zoho'] });
	});
});
