import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateIcpReference, type AccountAttributes } from '../icp/evaluateIcpReference';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import type { IcpDefinition } from '../icp/types';
import { describeCondition, formatAttribute } from './describeCriterion';
import { explainFit } from './explainFit';

const parsed = parseIcpDefinition(JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const icp: IcpDefinition = parsed.definition;

// The accounts hand-scored in src/lib/icp/installIcp.test.ts under data/icp.json.
const ACCOUNTS: Record<string, AccountAttributes> = {
	acme: { industry: 'Software', employees: 500, annual_revenue: 10e6, region: 'North America', funding_stage: 'Series C', tech_stack: [' salesforce '], ownership: 'Private' },
	tiny: { industry: 'SOFTWARE ', employees: 30, annual_revenue: 1e6, region: 'north america', funding_stage: 'Seed', tech_stack: [], ownership: null },
	gov: { industry: 'Healthcare IT', employees: 200, annual_revenue: 1e6, region: 'Western Europe', funding_stage: 'Series B', tech_stack: ['HubSpot'], ownership: 'government ' },
	mid: { industry: 'Fintech', employees: 100, annual_revenue: 6e6, region: 'North America', funding_stage: 'Series B', tech_stack: null, ownership: 'Private' }
};

function explain(account: string, version: string) {
	const fit = evaluateIcpReference(icp, version, ACCOUNTS[account]);
	return explainFit(icp.versions.find((v) => v.version === version)!, { version, ...fit }, icp.tiers);
}

describe('explainFit', () => {
	it('names the failed must that puts an account out', () => {
		const { verdict, outcomes } = explain('tiny', '2');
		expect(verdict).toBe('Out of the ICP: fails must “50-1,000 employees”.');
		expect(outcomes.find((o) => o.criterion.name === '50-1,000 employees')).toMatchObject({ inFavour: false, effect: 'rules it out' });
	});

	it('names the exclude an account hits', () => {
		expect(explain('gov', '2').verdict).toBe('Out of the ICP: hits exclude “Public sector or non-profit”.');
		expect(explain('gov', '1').verdict).toBe('Out of the ICP: fails must “Software or fintech”.');
	});

	it('gives the score and its tier band, and each nice criterion’s share of the weight', () => {
		const mid = explain('mid', '2');
		expect(mid.verdict).toBe('Tier B: Passes all 3 musts, no exclude hit, score 50 (at least 40, below 70).');
		expect(mid.outcomes.map((o) => o.effect)).toEqual(['passes', 'passes', 'passes', '0 of 50 weight', '+30 of 100 weight', '+20 of 100 weight', 'not excluded']);
		expect(explain('acme', '2').verdict).toBe('Tier A: Passes all 3 musts, no exclude hit, score 100 (at least 70).');
		expect(explain('tiny', '1').verdict).toBe('Tier C (not ICP): Passes all 2 musts, no exclude hit, score 0 (below 40).');
	});

	it('says so when a version has no nice criteria', () => {
		const mustsOnly = { ...icp.versions[0], criteria: icp.versions[0].criteria.filter((c) => c.kind === 'must') };
		const fit = evaluateIcpReference({ ...icp, versions: [mustsOnly] }, '1', ACCOUNTS.acme);
		expect(explainFit(mustsOnly, { version: '1', ...fit }, icp.tiers).verdict).toBe('Tier A: Passes all 2 musts, no exclude hit, score 100 (no nice criteria).');
	});
});

describe('criteria and attributes in words', () => {
	it('describes each op with its values', () => {
		const [industry, size, , crm, , revenue] = icp.versions[1].criteria;
		expect(describeCondition(industry)).toBe('industry is one of Software, Fintech, Healthcare IT');
		expect(describeCondition(size)).toBe('employees is between 50 and 1,000');
		expect(describeCondition(crm)).toBe('tech_stack includes any of Salesforce, HubSpot');
		expect(describeCondition(revenue)).toBe('annual_revenue is at least 5,000,000');
		expect(describeCondition({ name: 'x', field: 'ownership', op: 'isNull', kind: 'must' })).toBe('ownership is missing');
		expect(describeCondition({ name: 'x', field: 'employees', op: 'between', value: [NaN, 5], kind: 'must' })).toBe('employees is between ? and 5');
	});

	it('prints attributes: missing, empty lists, dates from epoch milliseconds', () => {
		expect(formatAttribute(null, false)).toBe('missing');
		expect(formatAttribute([], false)).toBe('none');
		expect(formatAttribute(['Salesforce', 'Jira'], false)).toBe('Salesforce, Jira');
		expect(formatAttribute(Date.UTC(2016, 5, 26), true)).toBe('2016-06-26');
		expect(formatAttribute(68210000, false)).toBe('68,210,000');
		expect(formatAttribute('  ', false)).toBe('blank');
	});
});
