import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import schema from './icp.schema.json';
import { schemaAccepts } from './jsonSchemaSubset';
import { parseIcpDefinition } from './parseIcpDefinition';
import { ICP_KINDS, ICP_OPS, type IcpError } from './types';

const defaultIcp: unknown = JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8'));

/** A one-version definition around the given criteria, for error cases. */
function definitionWith(...criteria: unknown[]) {
	return { name: 'Test', versions: [{ version: 'v1', effectiveFrom: '2022-01-01', criteria }] };
}

function errorsOf(input: unknown): IcpError[] {
	const result = parseIcpDefinition(input);
	if (result.ok) throw new Error('expected the definition to be rejected');
	return result.errors;
}

const must = { name: 'Target industries', field: 'industry', op: 'in', value: ['Software'], kind: 'must' };

describe('parseIcpDefinition', () => {
	it('accepts data/icp.json and applies defaults', () => {
		const result = parseIcpDefinition(defaultIcp);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.definition.tiers).toEqual({ A: 70, B: 40 });
		expect(result.definition.versions.map((v) => [v.version, v.effectiveFrom, v.criteria.length])).toEqual([
			['1', '2022-01-01', 3],
			['2', '2023-01-01', 7]
		]);
		expect(result.definition.versions[1].criteria[6]).toEqual({
			name: 'Public sector or non-profit',
			field: 'ownership',
			op: 'in',
			value: ['Government', 'Non-profit'],
			kind: 'exclude'
		});
	});

	it('defaults tiers to A 70 / B 40 and a nice weight to 1', () => {
		const result = parseIcpDefinition(definitionWith({ name: 'CRM', field: 'tech_stack', op: 'contains', value: ['HubSpot'], kind: 'nice' }));
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.definition.tiers).toEqual({ A: 70, B: 40 });
		expect(result.definition.versions[0].criteria[0]).toMatchObject({ kind: 'nice', weight: 1 });
	});

	it('rejects between with min > max, naming the criterion and what was expected', () => {
		const [error] = errorsOf(definitionWith({ name: 'Mid-size', field: 'employees', op: 'between', value: [1000, 50], kind: 'must' }));
		expect(error).toMatchObject({ path: '/versions/0/criteria/0/value', version: 'v1', criterion: 'Mid-size' });
		expect(error.message).toBe('Criterion "Mid-size" (version v1): between needs min ≤ max; got min 1000 > max 50.');
	});

	it('rejects overlapping tier thresholds, also against a default', () => {
		expect(errorsOf({ ...definitionWith(must), tiers: { A: 40, B: 40 } })[0].message).toBe(
			'Tier thresholds overlap: tiers.A (40) must be above tiers.B (40), since A is the higher tier.'
		);
		expect(errorsOf({ ...definitionWith(must), tiers: { A: 30 } })[0].message).toBe(
			'Tier thresholds overlap: tiers.A (30) must be above tiers.B (40, the default), since A is the higher tier.'
		);
		expect(errorsOf({ ...definitionWith(must), tiers: { A: 170, B: 40 } })[0]).toMatchObject({ path: '/tiers/A' });
	});

	it('rejects values that do not fit the op', () => {
		const cases: [unknown, RegExp][] = [
			[{ ...must, value: [] }, /"Target industries" \(version v1\): in needs a non-empty list/],
			[{ ...must, value: 'Software' }, /in needs a non-empty list of non-blank texts, numbers or booleans; got "Software"/],
			[{ ...must, value: ['Software', 3] }, /values of in must all be of one type/],
			[{ ...must, value: ['  '] }, /"  " is not one/],
			[{ ...must, op: 'eq', value: ['Software'] }, /eq needs one non-blank text, number or boolean/],
			[{ ...must, op: 'gte', value: 'big' }, /gte needs a number or a date written YYYY-MM-DD; got "big"/],
			[{ ...must, op: 'between', value: [1, '2022-01-01'] }, /between needs \[min, max\]: two numbers or two dates/],
			[{ ...must, op: 'between', value: ['2022-02-30', '2022-03-01'] }, /two dates written YYYY-MM-DD/],
			[{ ...must, op: 'contains', value: [3] }, /contains needs a list of non-blank texts; 3 is not one/],
			[{ ...must, op: 'isNull' }, /isNull takes no value; remove \["Software"\]/],
			[{ ...must, op: 'like' }, /unknown op "like"; expected one of in, notIn, eq, between, gte, lte, contains, isNull, notNull/],
			[{ ...must, kind: 'should' }, /unknown kind "should"; expected one of must, nice, exclude/],
			[{ ...must, weight: 5 }, /a weight only applies to nice criteria/],
			[{ ...must, kind: 'nice', weight: 0 }, /weight must be a number above 0; got 0/],
			[{ ...must, wieght: 5 }, /unknown key "wieght"/],
			[{ ...must, field: '' }, /needs a "field" naming an account attribute/]
		];
		for (const [criterion, expected] of cases) {
			const errors = errorsOf(definitionWith(criterion));
			expect(errors, JSON.stringify(criterion)).toHaveLength(1);
			expect(errors[0].message).toMatch(expected);
			expect(errors[0].path.startsWith('/versions/0/criteria/0')).toBe(true);
		}
	});

	it('rejects duplicate names, unordered versions, empty versions and text DuckDB cannot store', () => {
		expect(errorsOf(definitionWith(must, must))[0].message).toMatch(/Criterion "Target industries" \(version v1\) appears twice/);
		const versions = [
			{ version: '1', effectiveFrom: '2023-01-01', criteria: [must] },
			{ version: '1', effectiveFrom: '2022-01-01', criteria: [] }
		];
		expect(errorsOf({ name: 'X', versions }).map((e) => e.path)).toEqual(['/versions/1/version', '/versions/1/effectiveFrom', '/versions/1/criteria']);
		expect(errorsOf({ name: 'X', versions })[1].message).toBe(
			"Version 1: effectiveFrom 2022-01-01 must be after the previous version's 2023-01-01; list versions oldest first."
		);
		expect(errorsOf(definitionWith({ ...must, value: ['a\u0000b'] }))[0].path).toBe('/versions/0/criteria/0/value/0');
		expect(errorsOf(definitionWith({ ...must, value: ['\ud800'] }))[0].message).toMatch(/broken Unicode surrogate/);
	});

	it('reports every error at once, with paths', () => {
		const errors = errorsOf({ versions: [{ version: '', effectiveFrom: 'yesterday', criteria: [{ field: 'x', op: 'eq', kind: 'must' }] }], extra: 1 });
		expect(errors.map((e) => e.path)).toEqual([
			'/extra',
			'/name',
			'/versions/0/version',
			'/versions/0/effectiveFrom',
			'/versions/0/criteria/0/name',
			'/versions/0/criteria/0/value'
		]);
		expect(errorsOf(null)[0].message).toBe('An ICP definition must be a JSON object; got null.');
	});

	it('accepts the non-JSON-schema-expressible extremes: equal between bounds, date bounds, booleans', () => {
		const result = parseIcpDefinition(
			definitionWith(
				{ name: 'Exactly 50', field: 'employees', op: 'between', value: [50, 50], kind: 'must' },
				{ name: 'Since 2020', field: 'created_at', op: 'gte', value: '2020-02-29', kind: 'nice', weight: 0.5 },
				{ name: 'Public', field: 'is_public', op: 'eq', value: true, kind: 'exclude' }
			)
		);
		expect(result.ok).toBe(true);
	});
});

describe('icp.schema.json', () => {
	const criterion = schema.$defs.criterion;

	it('lists exactly the ops and kinds of the TypeScript unions', () => {
		expect(criterion.properties.op.enum).toEqual([...ICP_OPS]);
		expect(criterion.properties.kind.enum).toEqual([...ICP_KINDS]);
		const opsInConditions = criterion.allOf.flatMap((rule) => {
			const op: { enum?: string[]; const?: string } | undefined = 'op' in rule.if.properties ? rule.if.properties.op : undefined;
			return op?.enum ?? (op?.const !== undefined ? [op.const] : []);
		});
		expect(opsInConditions.sort()).toEqual([...ICP_OPS].sort());
	});

	it('names the same keys and required keys the parser enforces', () => {
		expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(Object.keys(schema.properties)).toEqual(['$schema', 'name', 'description', 'tiers', 'versions']);
		expect(schema.required).toEqual(['name', 'versions']);
		expect(Object.keys(schema.$defs.version.properties)).toEqual(['version', 'effectiveFrom', 'criteria']);
		expect(Object.keys(criterion.properties)).toEqual(['name', 'field', 'op', 'kind', 'value', 'weight']);
		expect(criterion.required).toEqual(['name', 'field', 'op', 'kind']);
		expect(schema.properties.tiers.properties.A.default).toBe(70);
		expect(schema.properties.tiers.properties.B.default).toBe(40);
	});

	const nice = { name: 'CRM', field: 'tech_stack', op: 'contains', value: ['HubSpot'], kind: 'nice', weight: 2 };
	const valid: unknown[] = [
		defaultIcp,
		definitionWith(must),
		definitionWith(nice, { ...must, op: 'notIn', value: [1, 2.5] }, { ...must, name: 'b', op: 'eq', value: false }),
		definitionWith({ ...must, op: 'between', value: ['2020-01-01', '2020-01-01'] }, { name: 'n', field: 'x', op: 'isNull', kind: 'exclude' }),
		{ ...definitionWith({ ...must, op: 'lte', value: -3 }), $schema: './icp.schema.json', description: '', tiers: { A: 100, B: 0 } }
	];
	/** Rejected by both: the schema can say what is wrong. */
	const schemaRejects: unknown[] = [
		null,
		{ versions: [] },
		{ name: 'X', versions: [] },
		{ ...definitionWith(must), extra: 1 },
		{ ...definitionWith(must), tiers: { A: 101 } },
		{ ...definitionWith(must), tiers: { C: 10 } },
		{ name: 'X', versions: [{ version: '1', effectiveFrom: '2022-1-1', criteria: [must] }] },
		{ name: 'X', versions: [{ version: '1', effectiveFrom: '2022-01-01', criteria: [] }] },
		{ name: '  ', versions: [{ version: '1', effectiveFrom: '2022-01-01', criteria: [must] }] },
		definitionWith({ ...must, value: [] }),
		definitionWith({ ...must, value: ['  '] }),
		definitionWith({ ...must, value: 'Software' }),
		definitionWith({ ...must, op: 'eq', value: ['Software'] }),
		definitionWith({ ...must, op: 'gte', value: 'big' }),
		definitionWith({ ...must, op: 'between', value: [1, '2022-01-01'] }),
		definitionWith({ ...must, op: 'between', value: [1, 2, 3] }),
		definitionWith({ ...must, op: 'contains', value: [3] }),
		definitionWith({ ...must, op: 'isNull' }),
		definitionWith({ ...must, op: 'like' }),
		definitionWith({ ...must, kind: 'should' }),
		definitionWith({ ...must, weight: 5 }),
		definitionWith({ ...nice, weight: 0 }),
		definitionWith({ ...must, wieght: 5 }),
		definitionWith({ name: 'x', field: 'industry', op: 'in', kind: 'must' })
	];
	/** Accepted by the schema, rejected by the parser: the rules icp.schema.json's description lists. */
	const parserOnlyRejects: unknown[] = [
		{ ...definitionWith(must), tiers: { A: 40, B: 60 } },
		definitionWith({ ...must, op: 'between', value: [10, 5] }),
		definitionWith({ ...must, op: 'between', value: ['2022-02-30', '2022-03-01'] }),
		definitionWith({ ...must, value: ['Software', 3] }),
		definitionWith(must, must),
		{
			name: 'X',
			versions: [
				{ version: '1', effectiveFrom: '2023-01-01', criteria: [must] },
				{ version: '2', effectiveFrom: '2023-01-01', criteria: [must] }
			]
		}
	];

	it('agrees with the parser on data/icp.json and on a corpus of valid and invalid definitions', () => {
		for (const input of valid) {
			expect(schemaAccepts(schema, input), JSON.stringify(input)).toBe(true);
			expect(parseIcpDefinition(input).ok, JSON.stringify(input)).toBe(true);
		}
		for (const input of schemaRejects) {
			expect(schemaAccepts(schema, input), JSON.stringify(input)).toBe(false);
			expect(parseIcpDefinition(input).ok, JSON.stringify(input)).toBe(false);
		}
		for (const input of parserOnlyRejects) {
			expect(schemaAccepts(schema, input), JSON.stringify(input)).toBe(true);
			expect(parseIcpDefinition(input).ok, JSON.stringify(input)).toBe(false);
		}
	});
});
