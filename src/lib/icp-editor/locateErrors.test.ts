import { describe, expect, it } from 'vitest';
import type { AccountColumn } from '../icp/accountColumns';
import { checkCriteriaColumns } from '../icp/checkCriteriaColumns';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import type { IcpDefinition } from '../icp/types';
import { criterionKey, locateErrors } from './locateErrors';

const columns: AccountColumn[] = [
	{ name: 'account_id', type: 'VARCHAR', kind: 'text' },
	{ name: 'industry', type: 'VARCHAR', kind: 'text' },
	{ name: 'employees', type: 'INTEGER', kind: 'number' }
];

describe('locateErrors', () => {
	it('puts each parser error next to the criterion, version or setting it names', () => {
		const parsed = parseIcpDefinition({
			name: ' ',
			tiers: { A: 30, B: 40 },
			versions: [
				{ version: '1', effectiveFrom: '2023-01-01', criteria: [{ name: 'Size', field: 'employees', op: 'between', value: [900, 50], kind: 'must' }] },
				{ version: '2', effectiveFrom: '2022-01-01', criteria: [{ name: 'ok', field: 'industry', op: 'in', value: ['Software'], kind: 'must' }, { name: 'Sector', field: 'industry', op: 'in', value: [], kind: 'nice', weight: 0 }] }
			]
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		const located = locateErrors(parsed.errors);
		expect(located.general.map((e) => e.path)).toEqual(['/name']);
		expect(located.tiers.map((e) => e.path)).toEqual(['/tiers']);
		expect(located.versions.get(1)?.map((e) => e.path)).toEqual(['/versions/1/effectiveFrom']);
		expect(located.criteria.get(criterionKey(0, 0))?.[0].message).toMatch(/"Size".*min ≤ max/);
		expect(located.criteria.get(criterionKey(1, 1))?.map((e) => e.path).sort()).toEqual(['/versions/1/criteria/1/value', '/versions/1/criteria/1/weight']);
		expect(located.criteria.has(criterionKey(1, 0))).toBe(false);
	});

	it('puts column errors (unknown field, op that does not fit) next to their criterion', () => {
		const definition: IcpDefinition = {
			name: 'x',
			tiers: { A: 70, B: 40 },
			versions: [{ version: '1', effectiveFrom: '2023-01-01', criteria: [{ name: 'Region', field: 'regoin', op: 'in', value: ['APAC'], kind: 'must' }, { name: 'Sector', field: 'industry', op: 'gte', value: 3, kind: 'must' }] }]
		};
		const located = locateErrors(checkCriteriaColumns(definition, columns));
		expect(located.criteria.get('0/0')?.[0].message).toMatch(/unknown field "regoin"/);
		expect(located.criteria.get('0/1')?.[0].message).toMatch(/op gte does not fit "industry"/);
	});

	it('keeps a version-wide problem (matches no account) at the version', () => {
		const located = locateErrors([{ path: '/versions/3', version: 'x', criterion: 'Size', message: 'Version x matches no account' }, { path: '', message: 'no accounts table' }]);
		expect(located.versions.get(3)?.[0].message).toBe('Version x matches no account');
		expect(located.general).toHaveLength(1);
	});
});
