import {
	DEFAULT_TIERS,
	ICP_KINDS,
	ICP_OPS,
	type CriterionKind,
	type IcpCriterion,
	type IcpDefinition,
	type IcpError,
	type IcpOp,
	type IcpTiers,
	type IcpVersion,
	type Scalar
} from './types';

export type IcpParseResult = { ok: true; definition: IcpDefinition } | { ok: false; errors: IcpError[] };

type Json = Record<string, unknown>;

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** A real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isNonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	const text = JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Checks unknown JSON against the format of icp.schema.json plus the rules a schema cannot state
 * (tiers.A > tiers.B, between min ≤ max, real dates, increasing effectiveFrom, unique names), and
 * returns the typed definition with defaults applied, or every error found with its JSON path.
 */
export function parseIcpDefinition(input: unknown): IcpParseResult {
	const errors: IcpError[] = [];
	if (!isObject(input)) {
		return { ok: false, errors: [{ path: '', message: `An ICP definition must be a JSON object; got ${describe(input)}.` }] };
	}
	findUnstorableText(input, '', errors);
	rejectUnknownKeys(input, ['$schema', 'name', 'description', 'tiers', 'versions'], '', 'The definition', errors);
	if (!isNonBlank(input.name)) errors.push({ path: '/name', message: `The definition needs a "name" (non-blank text); got ${describe(input.name)}.` });
	if (input.description !== undefined && typeof input.description !== 'string') {
		errors.push({ path: '/description', message: `"description" must be text; got ${describe(input.description)}.` });
	}
	const tiers = parseTiers(input.tiers, errors);
	const versions = parseVersions(input.versions, errors);
	if (errors.length > 0) return { ok: false, errors };
	const definition: IcpDefinition = { name: input.name as string, tiers, versions };
	if (typeof input.description === 'string') definition.description = input.description;
	return { ok: true, definition };
}

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text DuckDB cannot hold as written: NUL characters and unpaired UTF-16 surrogates. */
function findUnstorableText(value: unknown, path: string, errors: IcpError[]): void {
	if (typeof value === 'string') {
		if (UNSTORABLE.test(value)) errors.push({ path, message: `The text at ${path || '/'} contains a NUL character or a broken Unicode surrogate: ${describe(value)}.` });
	} else if (Array.isArray(value)) value.forEach((item, i) => findUnstorableText(item, `${path}/${i}`, errors));
	else if (isObject(value)) for (const [key, item] of Object.entries(value)) findUnstorableText(item, `${path}/${key}`, errors);
}

function rejectUnknownKeys(object: Json, allowed: readonly string[], path: string, owner: string, errors: IcpError[], ctx: Partial<IcpError> = {}) {
	for (const key of Object.keys(object)) {
		if (!allowed.includes(key)) {
			errors.push({ ...ctx, path: `${path}/${key}`, message: `${owner} has an unknown key "${key}"; expected one of ${allowed.join(', ')}.` });
		}
	}
}

function parseTiers(input: unknown, errors: IcpError[]): IcpTiers {
	if (input === undefined) return { ...DEFAULT_TIERS };
	if (!isObject(input)) {
		errors.push({ path: '/tiers', message: `"tiers" must be an object like {"A": 70, "B": 40}; got ${describe(input)}.` });
		return { ...DEFAULT_TIERS };
	}
	rejectUnknownKeys(input, ['A', 'B'], '/tiers', '"tiers"', errors);
	const tiers = { ...DEFAULT_TIERS };
	let valid = true;
	for (const key of ['A', 'B'] as const) {
		const value = input[key];
		if (value === undefined) continue;
		if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
			errors.push({ path: `/tiers/${key}`, message: `tiers.${key} must be a score from 0 to 100; got ${describe(value)}.` });
			valid = false;
		} else tiers[key] = value;
	}
	if (valid && tiers.A <= tiers.B) {
		const source = (key: 'A' | 'B') => (input[key] === undefined ? ', the default' : '');
		errors.push({
			path: '/tiers',
			message: `Tier thresholds overlap: tiers.A (${tiers.A}${source('A')}) must be above tiers.B (${tiers.B}${source('B')}), since A is the higher tier.`
		});
	}
	return tiers;
}

function parseVersions(input: unknown, errors: IcpError[]): IcpVersion[] {
	if (!Array.isArray(input) || input.length === 0) {
		errors.push({ path: '/versions', message: `"versions" must be a non-empty list of versions; got ${describe(input)}.` });
		return [];
	}
	const versions: IcpVersion[] = [];
	const seen = new Set<string>();
	let previousDate: string | null = null;
	input.forEach((raw, i) => {
		const path = `/versions/${i}`;
		if (!isObject(raw)) {
			errors.push({ path, message: `Version #${i + 1} must be an object with version, effectiveFrom and criteria; got ${describe(raw)}.` });
			return;
		}
		const name = isNonBlank(raw.version) ? raw.version : `#${i + 1}`;
		const ctx = isNonBlank(raw.version) ? { version: raw.version } : {};
		rejectUnknownKeys(raw, ['version', 'effectiveFrom', 'criteria'], path, `Version ${name}`, errors, ctx);
		if (!isNonBlank(raw.version)) {
			errors.push({ path: `${path}/version`, message: `Version #${i + 1} needs a "version" name (non-blank text); got ${describe(raw.version)}.` });
		} else if (seen.has(raw.version)) {
			errors.push({ ...ctx, path: `${path}/version`, message: `Version "${raw.version}" appears more than once; version names must be unique.` });
		} else seen.add(raw.version);
		if (!isIsoDate(raw.effectiveFrom)) {
			errors.push({ ...ctx, path: `${path}/effectiveFrom`, message: `Version ${name}: "effectiveFrom" must be a date written YYYY-MM-DD; got ${describe(raw.effectiveFrom)}.` });
		} else {
			if (previousDate !== null && raw.effectiveFrom <= previousDate) {
				errors.push({
					...ctx,
					path: `${path}/effectiveFrom`,
					message: `Version ${name}: effectiveFrom ${raw.effectiveFrom} must be after the previous version's ${previousDate}; list versions oldest first.`
				});
			}
			previousDate = raw.effectiveFrom;
		}
		const criteria = parseCriteria(raw.criteria, path, name, errors, ctx);
		versions.push({ version: name, effectiveFrom: raw.effectiveFrom as string, criteria });
	});
	return versions;
}

function parseCriteria(input: unknown, versionPath: string, versionName: string, errors: IcpError[], ctx: Partial<IcpError>): IcpCriterion[] {
	if (!Array.isArray(input) || input.length === 0) {
		errors.push({
			...ctx,
			path: `${versionPath}/criteria`,
			message: `Version ${versionName}: "criteria" must be a non-empty list (a version without criteria would match every account); got ${describe(input)}.`
		});
		return [];
	}
	const names = new Set<string>();
	const criteria: IcpCriterion[] = [];
	input.forEach((raw, j) => {
		const parsed = parseCriterion(raw, `${versionPath}/criteria/${j}`, `#${j + 1}`, versionName, errors, ctx);
		if (!parsed) return;
		if (names.has(parsed.name)) {
			errors.push({
				...ctx,
				criterion: parsed.name,
				path: `${versionPath}/criteria/${j}/name`,
				message: `Criterion "${parsed.name}" (version ${versionName}) appears twice; names must be unique within a version so matched/failed lists are unambiguous.`
			});
		}
		names.add(parsed.name);
		criteria.push(parsed);
	});
	return criteria;
}

function parseCriterion(
	raw: unknown,
	path: string,
	position: string,
	versionName: string,
	errors: IcpError[],
	versionCtx: Partial<IcpError>
): IcpCriterion | null {
	if (!isObject(raw)) {
		errors.push({ ...versionCtx, path, message: `Criterion ${position} of version ${versionName} must be an object with name, field, op, kind; got ${describe(raw)}.` });
		return null;
	}
	const label = isNonBlank(raw.name) ? `Criterion "${raw.name}" (version ${versionName})` : `Criterion ${position} of version ${versionName}`;
	const ctx: Partial<IcpError> = isNonBlank(raw.name) ? { ...versionCtx, criterion: raw.name } : versionCtx;
	const before = errors.length;
	const fail = (key: string, message: string) => errors.push({ ...ctx, path: key === '' ? path : `${path}/${key}`, message: `${label}: ${message}` });

	for (const key of Object.keys(raw)) {
		if (!['name', 'field', 'op', 'kind', 'value', 'weight'].includes(key)) fail(key, `unknown key "${key}"; expected name, field, op, kind, value, weight.`);
	}
	if (!isNonBlank(raw.name)) fail('name', `needs a "name" (non-blank text) to report matches by; got ${describe(raw.name)}.`);
	if (!isNonBlank(raw.field)) fail('field', `needs a "field" naming an account attribute; got ${describe(raw.field)}.`);
	const op = raw.op as IcpOp;
	if (!ICP_OPS.includes(op)) fail('op', `unknown op ${describe(raw.op)}; expected one of ${ICP_OPS.join(', ')}.`);
	const kind = raw.kind as CriterionKind;
	if (!ICP_KINDS.includes(kind)) fail('kind', `unknown kind ${describe(raw.kind)}; expected one of ${ICP_KINDS.join(', ')}.`);

	let weight = 1;
	if (raw.weight !== undefined) {
		if (kind !== 'nice') fail('weight', `a weight only applies to nice criteria; a ${kind} criterion has none (remove it or make the criterion nice).`);
		else if (typeof raw.weight !== 'number' || !Number.isFinite(raw.weight) || raw.weight <= 0) {
			fail('weight', `weight must be a number above 0; got ${describe(raw.weight)}.`);
		} else weight = raw.weight;
	}
	if (ICP_OPS.includes(op)) checkValue(op, raw.value, (message) => fail('value', message));
	if (errors.length > before) return null;

	const role = kind === 'nice' ? { kind, weight } : { kind };
	const condition = op === 'isNull' || op === 'notNull' ? { op } : { op, value: raw.value };
	return { name: raw.name, field: raw.field, ...condition, ...role } as IcpCriterion;
}

function isScalar(value: unknown): value is Scalar {
	return isNonBlank(value) || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function checkValue(op: IcpOp, value: unknown, fail: (message: string) => void): void {
	const got = `got ${describe(value)}`;
	switch (op) {
		case 'in':
		case 'notIn':
		case 'contains': {
			const item = op === 'contains' ? 'non-blank texts' : 'non-blank texts, numbers or booleans';
			if (!Array.isArray(value) || value.length === 0) return fail(`${op} needs a non-empty list of ${item}; ${got}.`);
			const bad = value.find((v) => (op === 'contains' ? !isNonBlank(v) : !isScalar(v)));
			if (bad !== undefined) return fail(`${op} needs a list of ${item}; ${describe(bad)} is not one.`);
			if (new Set(value.map((v) => typeof v)).size > 1) return fail(`the values of ${op} must all be of one type (all texts, all numbers or all booleans); ${got}.`);
			return;
		}
		case 'eq':
			if (!isScalar(value)) return fail(`eq needs one non-blank text, number or boolean; ${got}.`);
			return;
		case 'gte':
		case 'lte':
			if (!isNumber(value) && !isIsoDate(value)) return fail(`${op} needs a number or a date written YYYY-MM-DD; ${got}.`);
			return;
		case 'between': {
			const pair = Array.isArray(value) && value.length === 2;
			const numbers = pair && value.every(isNumber);
			const dates = pair && value.every(isIsoDate);
			if (!numbers && !dates) return fail(`between needs [min, max]: two numbers or two dates written YYYY-MM-DD; ${got}.`);
			if (value[0] > value[1]) return fail(`between needs min ≤ max; got min ${describe(value[0])} > max ${describe(value[1])}.`);
			return;
		}
		case 'isNull':
		case 'notNull':
			if (value !== undefined) return fail(`${op} takes no value; remove ${describe(value)}.`);
	}
}
