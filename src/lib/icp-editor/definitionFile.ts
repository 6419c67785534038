import { parseIcpDefinition, type IcpParseResult } from '../icp/parseIcpDefinition';
import type { IcpCriterion, IcpDefinition } from '../icp/types';

/** The criterion with its keys in the order data/icp.json uses, so saved files read the same. */
function orderedCriterion(c: IcpCriterion): Record<string, unknown> {
	const out: Record<string, unknown> = { name: c.name, field: c.field, op: c.op };
	if ('value' in c) out.value = c.value;
	out.kind = c.kind;
	if (c.kind === 'nice') out.weight = c.weight;
	return out;
}

/** The definition as a JSON document in the format of data/icp.json (tab-indented, one key order). */
export function definitionToJson(definition: IcpDefinition): string {
	const ordered = {
		name: definition.name,
		...(definition.description !== undefined ? { description: definition.description } : {}),
		tiers: { A: definition.tiers.A, B: definition.tiers.B },
		versions: definition.versions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, criteria: v.criteria.map(orderedCriterion) }))
	};
	return `${JSON.stringify(ordered, null, '\t')}\n`;
}

/** A file name for downloading the definition: its name in lower-case words joined by dashes. */
export function definitionFileName(definition: IcpDefinition): string {
	const slug = definition.name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `icp-${slug || 'definition'}.json`;
}

/** Reads an uploaded file's text: JSON syntax errors and format errors come back as IcpErrors. */
export function readDefinitionFile(text: string, fileName: string): IcpParseResult {
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, errors: [{ path: '', message: `${fileName} is not valid JSON: ${reason}` }] };
	}
	const parsed = parseIcpDefinition(json);
	if (parsed.ok) return parsed;
	return { ok: false, errors: parsed.errors.map((e) => ({ ...e, message: `${fileName}: ${e.message}` })) };
}

/** Whether two definitions say the same thing (same JSON in the canonical key order). */
export function sameDefinition(a: IcpDefinition | null, b: IcpDefinition | null): boolean {
	if (a === null || b === null) return a === b;
	return definitionToJson(a) === definitionToJson(b);
}
