import type { IcpCriterion, IcpDefinition, IcpTiers, IcpVersion } from '../icp/types';

/*
 * Edits of a draft definition as pure functions returning a new definition, so the editor can keep
 * the previous draft, compare it with the saved one, and test every edit without a browser.
 */

function mapVersion(definition: IcpDefinition, index: number, change: (version: IcpVersion) => IcpVersion): IcpDefinition {
	return { ...definition, versions: definition.versions.map((v, i) => (i === index ? change(v) : v)) };
}

/** `base`, or `base 2`, `base 3`, … whichever is not taken yet. */
export function uniqueName(base: string, taken: readonly string[]): string {
	if (!taken.includes(base)) return base;
	for (let n = 2; ; n++) if (!taken.includes(`${base} ${n}`)) return `${base} ${n}`;
}

export function replaceCriterion(definition: IcpDefinition, versionIndex: number, criterionIndex: number, criterion: IcpCriterion): IcpDefinition {
	return mapVersion(definition, versionIndex, (v) => ({ ...v, criteria: v.criteria.map((c, j) => (j === criterionIndex ? criterion : c)) }));
}

/** Appends `criterion`, renamed if its name is already used in the version. */
export function addCriterion(definition: IcpDefinition, versionIndex: number, criterion: IcpCriterion): IcpDefinition {
	return mapVersion(definition, versionIndex, (v) => {
		const name = uniqueName(criterion.name, v.criteria.map((c) => c.name));
		return { ...v, criteria: [...v.criteria, { ...criterion, name }] };
	});
}

export function removeCriterion(definition: IcpDefinition, versionIndex: number, criterionIndex: number): IcpDefinition {
	return mapVersion(definition, versionIndex, (v) => ({ ...v, criteria: v.criteria.filter((_, j) => j !== criterionIndex) }));
}

export function updateVersion(definition: IcpDefinition, versionIndex: number, change: Partial<Pick<IcpVersion, 'version' | 'effectiveFrom'>>): IcpDefinition {
	return mapVersion(definition, versionIndex, (v) => ({ ...v, ...change }));
}

function nextDay(isoDate: string): string {
	const date = new Date(`${isoDate}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + 1);
	return date.toISOString().slice(0, 10);
}

/**
 * A new latest version: a copy of the latest one's criteria, named with the next number (or
 * "<name> (new)"), in force from `today` or, when that is not after the latest version's start,
 * from the day after it.
 */
export function addVersion(definition: IcpDefinition, today: string): IcpDefinition {
	const last = definition.versions.at(-1);
	const taken = definition.versions.map((v) => v.version);
	const numbered = last && /^\d+$/.test(last.version) ? String(Number(last.version) + 1) : `${last?.version ?? 'Version'} (new)`;
	const version = uniqueName(numbered, taken);
	const effectiveFrom = last && today <= last.effectiveFrom ? nextDay(last.effectiveFrom) : today;
	const criteria = last ? last.criteria.map((c) => ({ ...c })) : [];
	return { ...definition, versions: [...definition.versions, { version, effectiveFrom, criteria }] };
}

/** Removes a version; the only version cannot be removed (a definition needs one). */
export function removeVersion(definition: IcpDefinition, versionIndex: number): IcpDefinition {
	if (definition.versions.length <= 1) return definition;
	return { ...definition, versions: definition.versions.filter((_, i) => i !== versionIndex) };
}

export function setTiers(definition: IcpDefinition, tiers: Partial<IcpTiers>): IcpDefinition {
	return { ...definition, tiers: { ...definition.tiers, ...tiers } };
}

export function setDetails(definition: IcpDefinition, details: { name?: string; description?: string }): IcpDefinition {
	const next = { ...definition, ...details };
	if (next.description === '') delete next.description;
	return next;
}
