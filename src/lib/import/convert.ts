import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { ImportError } from './bytes';
import { NATIVE_DATE, dateFormat } from './dateFormats';
import type { RawColumn } from './profile';
import { classifyStage, stageKey } from './stages';
import { ident, literal, trimmedText } from './sqlText';
import { DATE_FIELDS, missingFields } from './suggest';
import { KIND_FIELDS, type CanonicalField, type ImportMapping, type TableKind } from './types';

/** The canonical columns each kind's typed staging table has, in order, with their SQL types. */
export const CANONICAL_COLUMNS: Record<TableKind, [string, string][]> = {
	accounts: [
		['account_id', 'VARCHAR'],
		['name', 'VARCHAR'],
		['industry', 'VARCHAR'],
		['employees', 'INTEGER'],
		['annual_revenue', 'DOUBLE'],
		['country', 'VARCHAR'],
		['region', 'VARCHAR'],
		['funding_stage', 'VARCHAR'],
		['tech_stack', 'VARCHAR[]'],
		['created_at', 'DATE']
	],
	deals: [
		['deal_id', 'VARCHAR'],
		['account_id', 'VARCHAR'],
		['created_at', 'DATE'],
		['closed_at', 'DATE'],
		['status', 'VARCHAR'],
		['amount', 'DOUBLE'],
		['currency', 'VARCHAR'],
		['campaign', 'VARCHAR'],
		['owner', 'VARCHAR']
	],
	revenue: [
		['account_id', 'VARCHAR'],
		['month', 'DATE'],
		['mrr', 'DOUBLE']
	],
	leads: [
		['lead_id', 'VARCHAR'],
		['account_id', 'VARCHAR'],
		['campaign', 'VARCHAR'],
		['channel', 'VARCHAR'],
		['created_at', 'DATE'],
		['mql_at', 'DATE'],
		['sql_at', 'DATE'],
		['deal_id', 'VARCHAR']
	]
};

const NOUN: Record<TableKind, string> = { accounts: 'an account', deals: 'a deal', revenue: 'a revenue row', leads: 'a lead' };
const REQUIRED: Record<TableKind, [CanonicalField, string][]> = {
	accounts: [],
	deals: [
		['deal_id', 'id'],
		['stage', 'stage'],
		['created_at', 'created date']
	],
	revenue: [
		['month', 'month'],
		['mrr', 'MRR']
	],
	leads: [
		['lead_id', 'id'],
		['created_at', 'created date']
	]
};

interface Source {
	/** Position in the generated SQL: __s{i} (text), __p{i} (amount parts), __c{i} (converted). */
	i: number;
	column: string;
	field: CanonicalField;
	type: string;
}

interface Plan {
	kind: TableKind;
	sources: Source[];
	byField: Map<CanonicalField, Source[]>;
	extras: { column: string; name: string; i: number }[];
	/** Every distinct stage value (lower-cased) of the file → its target. */
	stageTargets: Map<string, string>;
}

function sqlQuote(expr: string): string {
	return `'''' || (CASE WHEN length(${expr}) > 80 THEN left(${expr}, 79) || '…' ELSE ${expr} END) || ''''`;
}

/** SQL converting source text `s` (or typed value) for `field`, and what to say when it fails. */
function conversion(plan: Plan, source: Source, mapping: ImportMapping): { value: string; failure: string | null } {
	const s = `__s${source.i}`;
	const text = source.type === 'VARCHAR';
	const dec = literal(mapping.decimals[source.column] === ',' ? ',' : '.');
	const decimalNote = mapping.decimals[source.column] === ',' ? ' with decimal comma' : '';
	switch (source.field) {
		case 'amount':
		case 'annual_revenue':
		case 'mrr':
			return text
				? { value: `import_amount(${s}, ${dec})`, failure: `${sqlQuote(s)} || ' is not an amount${decimalNote}'` }
				: { value: `TRY_CAST(${s} AS DOUBLE)`, failure: `${sqlQuote(`CAST(${s} AS VARCHAR)`)} || ' is not a number'` };
		case 'employees':
			return text
				? { value: `TRY_CAST(import_headcount(${s}, ${dec}) AS INTEGER)`, failure: `${sqlQuote(s)} || ' is not a number of employees'` }
				: { value: `TRY_CAST(${s} AS INTEGER)`, failure: `${sqlQuote(`CAST(${s} AS VARCHAR)`)} || ' is not a whole number'` };
		case 'created_at':
		case 'closed_at':
		case 'mql_at':
		case 'sql_at':
		case 'month': {
			const id = mapping.dateFormats[source.column] ?? 'YYYY-MM-DD';
			const date =
				id === NATIVE_DATE || !text
					? `TRY_CAST(${s} AS DATE)`
					: dateFormat(id).sql(s);
			const label = id === NATIVE_DATE || !text ? 'a date' : `a date in format ${dateFormat(id).label}`;
			const value = source.field === 'month' ? `CAST(date_trunc('month', ${date}) AS DATE)` : date;
			return { value, failure: `${sqlQuote(text ? s : `CAST(${s} AS VARCHAR)`)} || ' is not ${label}'` };
		}
		case 'tech_stack':
			return text
				? { value: `list_filter(list_transform(string_split_regex(${s}, '\\s*[;,|]\\s*'), x -> trim(x)), x -> x <> '')`, failure: null }
				: { value: `CAST(${s} AS VARCHAR[])`, failure: null };
		case 'stage': {
			const branches = [...plan.stageTargets].map(([key, target]) => `WHEN ${literal(key)} THEN ${literal(target)}`);
			return { value: branches.length === 0 ? 'NULL' : `CASE lower(CAST(${s} AS VARCHAR)) ${branches.join(' ')} END`, failure: null };
		}
		case 'account_id':
			return plan.kind === 'accounts' ? { value: `CAST(${s} AS VARCHAR)`, failure: null } : { value: `nullif(trim(split_part(CAST(${s} AS VARCHAR), ';', 1)), '')`, failure: null };
		case 'currency':
			return { value: `upper(CAST(${s} AS VARCHAR))`, failure: null };
		default:
			return { value: `CAST(${s} AS VARCHAR)`, failure: null };
	}
}

function buildPlan(mapping: ImportMapping, columns: readonly RawColumn[]): Plan {
	const types = new Map(columns.map((c) => [c.name, c.type]));
	const sources: Source[] = [];
	const byField = new Map<CanonicalField, Source[]>();
	const allowed = new Set<string>(KIND_FIELDS[mapping.kind]);
	for (const [field, list] of Object.entries(mapping.columns) as [CanonicalField, string[]][]) {
		if (!allowed.has(field)) throw new Error(`field ${field} does not belong to ${mapping.kind}`);
		const own: Source[] = [];
		for (const column of list) {
			const type = types.get(column);
			if (type === undefined) throw new Error(`the mapping names column "${column}", which the file does not have`);
			const source = { i: sources.length, column, field, type };
			sources.push(source);
			own.push(source);
		}
		if (own.length > 0) byField.set(field, own);
	}
	const extras = Object.entries(mapping.kind === 'accounts' ? mapping.extraColumns : {}).map(([column, name]) => {
		const type = types.get(column);
		if (type === undefined) throw new Error(`the mapping keeps column "${column}", which the file does not have`);
		const source = { i: sources.length, column, field: 'name' as CanonicalField, type };
		sources.push(source);
		return { column, name, i: source.i };
	});
	return { kind: mapping.kind, sources, byField, extras, stageTargets: new Map() };
}

/** The chain of SELECTs from the raw table to converted values and each row's failures. */
function conversionQuery(raw: string, plan: Plan, mapping: ImportMapping): string {
	const level0 = plan.sources
		.map((s) => (s.type === 'VARCHAR' ? `${trimmedText(ident(s.column))} AS __s${s.i}` : `${ident(s.column)} AS __s${s.i}`))
		.join(', ');
	const conversions = new Map(plan.sources.map((s) => [s.i, conversion(plan, s, mapping)]));
	const level2 = ['*', ...plan.sources.filter((s) => !plan.extras.some((e) => e.i === s.i)).map((s) => `${conversions.get(s.i)!.value} AS __c${s.i}`)].join(', ');
	const field = (f: CanonicalField) => {
		const list = plan.byField.get(f) ?? [];
		if (list.length === 0) return 'NULL';
		return list.length === 1 ? `__c${list[0].i}` : `coalesce(${list.map((s) => `__c${s.i}`).join(', ')})`;
	};
	const label = (f: CanonicalField) => plan.byField.get(f)?.[0]?.column ?? f;
	/** Each failure: when it applies, and the {column, reason} it reports. */
	const failures: { when: string; what: string }[] = [];
	const fail = (when: string, column: string, reason: string) => failures.push({ when, what: `{'column': ${literal(column)}, 'reason': ${reason}}` });
	for (const s of plan.sources) {
		const failure = conversions.get(s.i)?.failure;
		if (failure && !plan.extras.some((e) => e.i === s.i)) fail(`__s${s.i} IS NOT NULL AND __c${s.i} IS NULL`, s.column, failure);
	}
	const allEmpty = (f: CanonicalField) => (plan.byField.get(f) ?? []).map((s) => `__s${s.i} IS NULL`).join(' AND ') || 'true';
	for (const [f, what] of REQUIRED[plan.kind]) {
		fail(allEmpty(f), label(f), `'is empty (${NOUN[plan.kind]} needs its ${what})'`);
	}
	if (plan.kind === 'revenue') {
		const account = plan.byField.has('account_id') ? 'account_id' : 'account_name';
		fail(`${allEmpty('account_id')} AND ${allEmpty('account_name')}`, label(account), `'is empty (a revenue row needs its account)'`);
	}
	/** Output column → SQL; canonical and __account_name columns are cast to their types. */
	const typed = new Map<string, string>();
	if (plan.kind === 'accounts') {
		const key = plan.byField.has('account_id') ? field('account_id') : field('name');
		const keyLabel = plan.byField.has('account_id') ? label('account_id') : label('name');
		fail(`${key} IS NULL`, keyLabel, `'is empty (an account needs an id or a name)'`);
		typed.set('account_id', key);
		for (const [c] of CANONICAL_COLUMNS.accounts.slice(1)) typed.set(c, field(c as CanonicalField));
	} else if (plan.kind === 'deals') {
		const stage = plan.byField.get('stage')?.[0];
		const status = stage ? `__c${stage.i}` : 'NULL';
		const closed = field('closed_at');
		fail(`${status} = 'skip'`, label('stage'), `${sqlQuote(stage ? `__s${stage.i}` : "''")} || ' is a stage the mapping skips'`);
		if (plan.byField.has('closed_at')) fail(`${status} IN ('won', 'lost') AND ${closed} IS NULL AND ${allEmpty('closed_at')}`, label('closed_at'), `'is empty but the deal is ' || ${status}`);
		else fail(`${status} IN ('won', 'lost')`, label('stage'), `'is ' || ${sqlQuote(stage ? `__s${stage.i}` : "''")} || ' but no column gives the close date'`);
		const currency = `coalesce(${field('currency')}, ${currencyFromAmount(plan)}, ${mapping.defaultCurrency ? literal(mapping.defaultCurrency.toUpperCase()) : 'NULL'})`;
		for (const [c] of CANONICAL_COLUMNS.deals) typed.set(c, field(c as CanonicalField));
		typed.set('closed_at', `CASE WHEN ${status} = 'open' THEN NULL ELSE ${closed} END`).set('status', status).set('currency', currency);
	} else {
		for (const [c] of CANONICAL_COLUMNS[plan.kind]) typed.set(c, field(c as CanonicalField));
	}
	if (plan.kind !== 'accounts') typed.set('__account_name', field('account_name'));
	const types = new Map<string, string>([...CANONICAL_COLUMNS[plan.kind], ['__account_name', 'VARCHAR']]);
	const typedColumns = [...typed].map(([c, sql]) => `CAST(${sql} AS ${types.get(c)}) AS ${c}`);
	for (const e of plan.extras) typedColumns.push(`__s${e.i} AS ${ident(`__x_${e.name}`)}`);
	// The list is built only for failing rows: building it for every row costs more than the checks.
	const anyFailure = failures.map((f) => `coalesce(${f.when}, false)`).join(' OR ') || 'false';
	const list = `CASE WHEN ${anyFailure} THEN list_filter([${failures.map((f) => `CASE WHEN ${f.when} THEN ${f.what} END`).join(', ')}], x -> x IS NOT NULL) END`;
	return `WITH l0 AS (SELECT rowid AS __row, ${level0} FROM ${ident(raw)}),
		l2 AS (SELECT ${level2} FROM l0)
		SELECT __row, ${typedColumns.join(', ')}, ${list} AS __failures FROM l2`;
}

function currencyFromAmount(plan: Plan): string {
	const amounts = (plan.byField.get('amount') ?? []).filter((s) => s.type === 'VARCHAR');
	return amounts.length === 0 ? 'NULL' : `coalesce(${amounts.map((s) => `import_currency(__s${s.i})`).join(', ')})`;
}

export interface Converted {
	/** Typed rows that converted cleanly: canonical columns, __row, __account_name, __x_<extra>, __failures (NULL). */
	table: string;
	loaded: number;
	rejected: number;
	extras: { name: string; type: 'DOUBLE' | 'VARCHAR' }[];
}

/**
 * Converts the raw table into the canonical shape in SQL. Rows with any failure go to the rejects
 * table (their raw values, the first failing column and every reason); the rest to `<id>_typed`.
 */
export async function convertRaw(
	engine: Engine,
	file: string,
	id: string,
	raw: string,
	rejectsTable: string,
	columns: readonly RawColumn[],
	mapping: ImportMapping,
	options: { attributesOnly?: boolean; stageValues?: readonly string[] | null } = {}
): Promise<Converted> {
	const attributesOnly = options.attributesOnly ?? false;
	const missing = attributesOnly ? [] : missingFields(mapping.kind, mapping.columns);
	if (missing.length > 0) throw new ImportError(file, `the mapping to ${mapping.kind} lacks ${missing.join(' and ')}`);
	for (const name of Object.values(mapping.extraColumns)) {
		if ((KIND_FIELDS.accounts as readonly string[]).includes(name)) throw new ImportError(file, `extra column name "${name}" is a canonical accounts column`);
	}
	for (const f of Object.keys(mapping.columns) as CanonicalField[]) {
		for (const c of mapping.columns[f] ?? []) if (DATE_FIELDS.has(f) && mapping.dateFormats[c] && mapping.dateFormats[c] !== NATIVE_DATE) dateFormat(mapping.dateFormats[c]);
	}
	let plan: Plan;
	try {
		plan = buildPlan(mapping, columns);
	} catch (e) {
		throw new ImportError(file, (e as Error).message);
	}
	if (plan.byField.has('stage')) plan.stageTargets = await stageTargets(engine, file, plan, mapping, raw, options.stageValues ?? null);
	const table = `${id}_typed`;
	await engine.exec(`CREATE OR REPLACE TABLE ${ident(table)} AS ${conversionQuery(raw, plan, mapping)}`);
	const rawColumnsList = columns.map((c) => `r.${ident(c.name)}`).join(', ');
	await engine.exec(
		`INSERT INTO ${ident(rejectsTable)} BY NAME SELECT c.__row, c.__failures[1].column AS __column,
			array_to_string(list_transform(c.__failures, x -> 'column ' || x.column || CASE WHEN starts_with(x.reason, 'is ') THEN ' ' ELSE ': ' END || x.reason), '; ') AS __reason, ${rawColumnsList}
		FROM ${ident(table)} c JOIN ${ident(raw)} r ON r.rowid = c.__row WHERE c.__failures IS NOT NULL`
	);
	await engine.exec(`DELETE FROM ${ident(table)} WHERE __failures IS NOT NULL`);
	const [counts] = tableRows(await engine.query(`SELECT (SELECT count(*) FROM ${ident(table)}) AS loaded, (SELECT count(*) FROM ${ident(rejectsTable)} WHERE __row IS NOT NULL) AS rejected`));
	const extras = await extraTypes(engine, table, plan);
	return { table, loaded: Number(counts.loaded), rejected: Number(counts.rejected), extras };
}

const MAX_STAGES = 1000;

/** Every distinct stage value in the file gets a target: the mapping's, else the default rules. */
async function stageTargets(engine: Engine, file: string, plan: Plan, mapping: ImportMapping, raw: string, known: readonly string[] | null): Promise<Map<string, string>> {
	const stage = plan.byField.get('stage')![0];
	const keys =
		known?.map(stageKey) ??
		tableRows(
			await engine.query(`SELECT DISTINCT lower(${trimmedText(ident(stage.column))}) AS key FROM ${ident(raw)} WHERE ${trimmedText(ident(stage.column))} IS NOT NULL LIMIT ${MAX_STAGES + 1}`)
		).map((r) => String(r.key));
	if (keys.length > MAX_STAGES) throw new ImportError(file, `column ${stage.column} has more than ${MAX_STAGES} distinct values; it is not a stage or status column`);
	const targets = new Map<string, string>();
	for (const key of keys) targets.set(key, mapping.stages[key] ?? classifyStage(key));
	return targets;
}

/** Extra account attributes are numbers when every value in the file is one, text otherwise. */
async function extraTypes(engine: Engine, table: string, plan: Plan): Promise<{ name: string; type: 'DOUBLE' | 'VARCHAR' }[]> {
	if (plan.extras.length === 0) return [];
	const checks = plan.extras.map((e, i) => {
		const c = ident(`__x_${e.name}`);
		return `count(${c}) AS n${i}, count(*) FILTER (WHERE ${c} IS NOT NULL AND TRY_CAST(${c} AS DOUBLE) IS NULL) AS bad${i}`;
	});
	const [row] = tableRows(await engine.query(`SELECT ${checks.join(', ')} FROM ${ident(table)}`));
	return plan.extras.map((e, i) => {
		const typed = plan.sources[e.i].type;
		const numeric = typed !== 'VARCHAR' ? /INT|DOUBLE|FLOAT|DECIMAL/.test(typed) : Number(row[`n${i}`]) > 0 && Number(row[`bad${i}`]) === 0;
		return { name: e.name, type: numeric ? 'DOUBLE' : 'VARCHAR' };
	});
}
