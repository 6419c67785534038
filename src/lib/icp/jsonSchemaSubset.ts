/**
 * Test support: a JSON Schema (draft 2020-12) checker for exactly the keywords icp.schema.json uses,
 * so tests can hold the hand-written parser and the published schema to the same answers without a
 * validator dependency. Throws on any keyword it does not know, so the schema cannot outgrow it silently.
 */

type Schema = boolean | { [keyword: string]: unknown };

const KNOWN = new Set([
	'$schema', '$id', '$ref', '$defs', 'title', 'description', 'default',
	'type', 'enum', 'const', 'required', 'properties', 'additionalProperties', 'items', 'prefixItems',
	'minItems', 'maxItems', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'pattern',
	'oneOf', 'allOf', 'not', 'if', 'then'
]);

function typeMatches(type: string, value: unknown): boolean {
	switch (type) {
		case 'object':
			return typeof value === 'object' && value !== null && !Array.isArray(value);
		case 'array':
			return Array.isArray(value);
		case 'string':
			return typeof value === 'string';
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		default:
			throw new Error(`jsonSchemaSubset: unsupported type ${type}`);
	}
}

export function schemaAccepts(root: Schema, value: unknown): boolean {
	const check = (schema: Schema, v: unknown): boolean => {
		if (typeof schema === 'boolean') return schema;
		for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`jsonSchemaSubset: unsupported keyword ${keyword}`);
		const s = schema as Record<string, any>;
		if (s.$ref !== undefined) {
			const target = (s.$ref as string).replace(/^#\//, '').split('/').reduce((node: any, key) => node[key], root);
			if (!check(target, v)) return false;
		}
		if (s.type !== undefined && !typeMatches(s.type, v)) return false;
		if (s.enum !== undefined && !s.enum.includes(v)) return false;
		if ('const' in s && s.const !== v) return false;
		if (typeof v === 'string') {
			if (s.minLength !== undefined && [...v].length < s.minLength) return false;
			if (s.pattern !== undefined && !new RegExp(s.pattern, 'u').test(v)) return false;
		}
		if (typeof v === 'number') {
			if (s.minimum !== undefined && v < s.minimum) return false;
			if (s.maximum !== undefined && v > s.maximum) return false;
			if (s.exclusiveMinimum !== undefined && v <= s.exclusiveMinimum) return false;
		}
		if (Array.isArray(v)) {
			if (s.minItems !== undefined && v.length < s.minItems) return false;
			if (s.maxItems !== undefined && v.length > s.maxItems) return false;
			const prefix: Schema[] = s.prefixItems ?? [];
			if (!prefix.every((p, i) => i >= v.length || check(p, v[i]))) return false;
			if (s.items !== undefined && !v.slice(prefix.length).every((item) => check(s.items, item))) return false;
		}
		if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
			const obj = v as Record<string, unknown>;
			if (s.required !== undefined && !s.required.every((k: string) => k in obj)) return false;
			const props: Record<string, Schema> = s.properties ?? {};
			for (const [k, item] of Object.entries(obj)) {
				if (k in props) {
					if (!check(props[k], item)) return false;
				} else if (s.additionalProperties !== undefined && !check(s.additionalProperties, item)) return false;
			}
		}
		if (s.allOf !== undefined && !s.allOf.every((sub: Schema) => check(sub, v))) return false;
		if (s.oneOf !== undefined && s.oneOf.filter((sub: Schema) => check(sub, v)).length !== 1) return false;
		if (s.not !== undefined && check(s.not, v)) return false;
		if (s.if !== undefined && check(s.if, v) && s.then !== undefined && !check(s.then, v)) return false;
		return true;
	};
	return check(root, value);
}
