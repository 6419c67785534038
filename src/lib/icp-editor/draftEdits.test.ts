import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import type { IcpCriterion, IcpDefinition } from '../icp/types';
import { addCriterion, addVersion, removeCriterion, removeVersion, replaceCriterion, setDetails, setTiers, uniqueName, updateVersion } from './draftEdits';

function defaultDefinition(): IcpDefinition {
	const parsed = parseIcpDefinition(JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8')));
	if (!parsed.ok) throw new Error('data/icp.json does not parse');
	return parsed.definition;
}

const region: IcpCriterion = { name: 'Region', field: 'region', op: 'in', value: ['APAC'], kind: 'must' };

describe('draft edits', () => {
	it('add, replace and remove criteria in one version without touching the original', () => {
		const original = defaultDefinition();
		const snapshot = structuredClone(original);
		const added = addCriterion(original, 0, region);
		expect(added.versions[0].criteria.map((c) => c.name)).toEqual(['Software or fintech', '20-2,000 employees', 'Runs Salesforce', 'Region']);
		expect(added.versions[1]).toBe(original.versions[1]);
		const replaced = replaceCriterion(added, 0, 3, { ...region, value: ['LATAM'] });
		expect(replaced.versions[0].criteria[3]).toMatchObject({ value: ['LATAM'] });
		const removed = removeCriterion(replaced, 0, 1);
		expect(removed.versions[0].criteria.map((c) => c.name)).toEqual(['Software or fintech', 'Runs Salesforce', 'Region']);
		expect(original).toEqual(snapshot);
	});

	it('renames an added criterion whose name the version already uses, so names stay unique', () => {
		const twice = addCriterion(addCriterion(defaultDefinition(), 1, region), 1, region);
		expect(twice.versions[1].criteria.slice(-2).map((c) => c.name)).toEqual(['Region', 'Region 2']);
		expect(parseIcpDefinition(twice).ok).toBe(true);
		expect(uniqueName('New', ['New', 'New 2', 'New 4'])).toBe('New 3');
	});

	it('adds a version numbered after the latest, copying its criteria, in force from today or after the latest', () => {
		const next = addVersion(defaultDefinition(), '2025-06-30');
		expect(next.versions.map((v) => [v.version, v.effectiveFrom])).toEqual([
			['1', '2022-01-01'],
			['2', '2023-01-01'],
			['3', '2025-06-30']
		]);
		expect(next.versions[2].criteria).toEqual(next.versions[1].criteria);
		expect(next.versions[2].criteria[0]).not.toBe(next.versions[1].criteria[0]);
		expect(parseIcpDefinition(next).ok).toBe(true);
		const early = addVersion(defaultDefinition(), '2022-12-31');
		expect(early.versions[2].effectiveFrom).toBe('2023-01-02');
		const named = addVersion(updateVersion(defaultDefinition(), 1, { version: 'spring' }), '2025-01-01');
		expect(named.versions[2].version).toBe('spring (new)');
	});

	it('removes a version but never the only one', () => {
		const one = removeVersion(defaultDefinition(), 0);
		expect(one.versions.map((v) => v.version)).toEqual(['2']);
		expect(removeVersion(one, 0)).toBe(one);
	});

	it('changes tiers, name and description; an emptied description is dropped', () => {
		const edited = setDetails(setTiers(defaultDefinition(), { B: 25 }), { name: 'Narrow', description: '' });
		expect(edited.tiers).toEqual({ A: 70, B: 25 });
		expect(edited.name).toBe('Narrow');
		expect('description' in edited).toBe(false);
	});
});
