import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICP_V2, classifyIcpV2 } from './icpV2';
import type { AccountRow } from './types';

interface Criterion {
	field: string;
	op: string;
	value: unknown;
	kind: 'must' | 'nice' | 'exclude';
	weight?: number;
}

const definition = JSON.parse(readFileSync('data/icp.json', 'utf8')) as { tiers: { A: number; B: number }; versions: { version: string; criteria: Criterion[] }[] };
const v2 = definition.versions.find((v) => v.version === '2');

const lower = (values: unknown) => (values as string[]).map((v) => v.toLowerCase());

const fit: AccountRow = {
	account_id: 'A-1',
	name: "O'Reilly Analytics",
	industry: 'Software',
	employees: 200,
	annual_revenue: 12_000_000,
	country: 'United States',
	region: 'North America',
	funding_stage: 'Series C',
	tech_stack: ['Salesforce', 'Slack'],
	created_at: '2021-03-01',
	ownership: 'Private'
};

describe('classifyIcpV2', () => {
	it('encodes exactly the criteria of version 2 in data/icp.json', () => {
		expect(v2).toBeDefined();
		const criteria = v2?.criteria ?? [];
		const byField = (field: string) => criteria.find((c) => c.field === field);
		expect(criteria).toHaveLength(7);
		expect(byField('industry')).toMatchObject({ op: 'in', kind: 'must' });
		expect(lower(byField('industry')?.value)).toEqual(ICP_V2.industries);
		expect(byField('employees')).toMatchObject({ op: 'between', kind: 'must', value: ICP_V2.employees });
		expect(lower(byField('region')?.value)).toEqual(ICP_V2.regions);
		expect(byField('tech_stack')).toMatchObject({ op: 'contains', kind: 'nice', weight: ICP_V2.crms.weight });
		expect(lower(byField('tech_stack')?.value)).toEqual(ICP_V2.crms.values);
		expect(byField('funding_stage')).toMatchObject({ op: 'in', kind: 'nice', weight: ICP_V2.laterStages.weight });
		expect(lower(byField('funding_stage')?.value)).toEqual(ICP_V2.laterStages.values);
		expect(byField('annual_revenue')).toMatchObject({ op: 'gte', kind: 'nice', weight: ICP_V2.minRevenue.weight, value: ICP_V2.minRevenue.value });
		expect(byField('ownership')).toMatchObject({ op: 'in', kind: 'exclude' });
		expect(lower(byField('ownership')?.value)).toEqual(ICP_V2.excludedOwnership);
		expect(definition.tiers).toEqual(ICP_V2.tiers);
	});

	it.each<[string, Partial<AccountRow>, { tier: string; score: number }]>([
		['a full fit', {}, { tier: 'A', score: 100 }],
		['CRM only (50)', { funding_stage: 'Seed', annual_revenue: 1_000_000 }, { tier: 'B', score: 50 }],
		['later stage and revenue without CRM (50)', { tech_stack: ['Slack'] }, { tier: 'B', score: 50 }],
		['CRM and revenue (70 = A, inclusive)', { funding_stage: 'Series A' }, { tier: 'A', score: 70 }],
		['later stage only (30)', { tech_stack: [], annual_revenue: 4_999_999 }, { tier: 'C', score: 30 }],
		['revenue exactly 5M counts (gte)', { tech_stack: null, funding_stage: null, annual_revenue: 5_000_000 }, { tier: 'C', score: 20 }],
		['50 employees is inside (between is inclusive)', { employees: 50 }, { tier: 'A', score: 100 }],
		['1,000 employees is inside', { employees: 1000 }, { tier: 'A', score: 100 }],
		['49 employees is out', { employees: 49 }, { tier: 'out', score: 100 }],
		['1,001 employees is out', { employees: 1001 }, { tier: 'out', score: 100 }],
		['missing employees fails the must', { employees: null }, { tier: 'out', score: 100 }],
		['a region outside the list', { region: 'APAC' }, { tier: 'out', score: 100 }],
		['a non-target industry', { industry: 'Retail' }, { tier: 'out', score: 100 }],
		['non-profit is excluded', { ownership: 'Non-profit' }, { tier: 'out', score: 100 }],
		['government is excluded, whatever the case', { ownership: ' GOVERNMENT ' }, { tier: 'out', score: 100 }],
		['missing ownership does not exclude', { ownership: null }, { tier: 'A', score: 100 }],
		['text ignores case and surrounding spaces', { industry: ' healthcare it', region: 'WESTERN EUROPE ', tech_stack: [' hubspot '], funding_stage: 'series d+' }, { tier: 'A', score: 100 }],
		['Pipedrive is not a CRM of the list', { tech_stack: ['Pipedrive'], funding_stage: 'Series B', annual_revenue: null }, { tier: 'C', score: 30 }]
	])('%s', (_, change, expected) => {
		const result = classifyIcpV2({ ...fit, ...change });
		expect({ tier: result.tier, score: result.score }).toEqual(expected);
		expect(result.isIcp).toBe(expected.tier === 'A' || expected.tier === 'B');
	});
});
