import { attributeName, normalizeHeader } from './headers';
import { GENERIC_PRESETS, PRESETS, type Preset } from './presets';
import { KIND_FIELDS, type CanonicalField, type ColumnProfile, type ImportMapping, type TableKind } from './types';

export type FieldColumns = Partial<Record<CanonicalField, string[]>>;

export interface KindFit {
	kind: TableKind;
	preset: Preset;
	columns: FieldColumns;
	/** What the kind needs and the file lacks, in words. */
	missing: string[];
	score: number;
}

const ACCOUNT_ATTRIBUTES: CanonicalField[] = ['industry', 'employees', 'annual_revenue', 'country', 'region', 'funding_stage', 'tech_stack'];
export const DATE_FIELDS: ReadonlySet<CanonicalField> = new Set(['created_at', 'closed_at', 'mql_at', 'sql_at', 'month']);
export const NUMBER_FIELDS: ReadonlySet<CanonicalField> = new Set(['amount', 'annual_revenue', 'mrr', 'employees']);

/** What a mapping must have for its kind to load, as the words a message uses for each gap. */
export function missingFields(kind: TableKind, columns: FieldColumns): string[] {
	const has = (f: CanonicalField) => (columns[f]?.length ?? 0) > 0;
	const missing: string[] = [];
	if (kind === 'accounts') {
		if (!has('account_id') && !has('name')) missing.push('an account id or name column');
		if (!ACCOUNT_ATTRIBUTES.some(has)) missing.push('a company attribute column (industry, employees, annual revenue, country, region, funding stage or tech stack)');
	} else if (kind === 'deals') {
		if (!has('deal_id')) missing.push('a deal id column');
		if (!has('stage')) missing.push('a stage or status column');
		if (!has('created_at')) missing.push('a created date column');
	} else if (kind === 'revenue') {
		if (!has('account_id') && !has('account_name')) missing.push('an account column');
		if (!has('month')) missing.push('a month column');
		if (!has('mrr')) missing.push('an MRR column');
	} else {
		if (!has('lead_id')) missing.push('a lead id column');
		if (!has('created_at')) missing.push('a created date column');
		if (!['mql_at', 'sql_at', 'campaign', 'channel'].some((f) => has(f as CanonicalField))) missing.push('a campaign, channel, MQL or SQL date column');
	}
	return missing;
}

function matchPreset(preset: Preset, columns: readonly string[], used: Set<string>, into: FieldColumns): void {
	const byNormal = new Map<string, string>();
	for (const c of columns) if (!byNormal.has(normalizeHeader(c))) byNormal.set(normalizeHeader(c), c);
	for (const field of KIND_FIELDS[preset.kind] as readonly CanonicalField[]) {
		if (into[field]) continue;
		const found: string[] = [];
		for (const alias of preset.fields[field] ?? []) {
			const column = byNormal.get(alias);
			if (column === undefined || used.has(column) || found.includes(column)) continue;
			found.push(column);
			if (!preset.coalesce?.includes(field)) break;
		}
		if (found.length > 0) {
			into[field] = found;
			found.forEach((c) => used.add(c));
		}
	}
}

/** How well each preset fits the columns; the generic preset of the kind fills the vendor's gaps. */
export function kindFits(headers: readonly string[], columns: readonly string[]): KindFit[] {
	const normalized = new Set(headers.map(normalizeHeader));
	return PRESETS.filter((p) => p.recognizes(headers, normalized)).map((preset) => {
		const mapped: FieldColumns = {};
		const used = new Set<string>();
		matchPreset(preset, columns, used, mapped);
		if (preset.vendor !== 'generic') matchPreset(GENERIC_PRESETS[preset.kind], columns, used, mapped);
		const missing = missingFields(preset.kind, mapped);
		const score = Object.keys(mapped).length + (preset.vendor === 'generic' ? 0 : 0.5);
		return { kind: preset.kind, preset, columns: mapped, missing, score };
	});
}

export interface KindDetection {
	fit: KindFit | null;
	/** Why no kind fits, naming the closest kind and what it lacks. */
	reason: string | null;
}

export function detectKind(headers: readonly string[], columns: readonly string[]): KindDetection {
	const fits = kindFits(headers, columns);
	const complete = fits.filter((f) => f.missing.length === 0).sort((a, b) => b.score - a.score);
	if (complete.length > 0) return { fit: complete[0], reason: null };
	const closest = fits.filter((f) => f.score >= 1).sort((a, b) => b.score - a.score || a.missing.length - b.missing.length)[0];
	if (!closest) return { fit: null, reason: 'no column is an account, deal, revenue or lead field' };
	const found = Object.values(closest.columns).flat().join(', ');
	return { fit: null, reason: `not an accounts, deals, revenue or leads table: closest is ${closest.kind} (has ${found}; lacks ${closest.missing.join(' and ')})` };
}

/** The suggested mapping for a file a kind fits: its columns, date formats, decimals, extras. */
export function mappingFromFit(fit: KindFit, columns: readonly string[], profiles: readonly ColumnProfile[]): ImportMapping {
	const profile = new Map(profiles.map((p) => [p.name, p]));
	const dateFormats: Record<string, string> = {};
	const decimals: Record<string, '.' | ','> = {};
	for (const [field, sources] of Object.entries(fit.columns) as [CanonicalField, string[]][]) {
		for (const source of sources) {
			const p = profile.get(source);
			if (DATE_FIELDS.has(field)) dateFormats[source] = p?.dateFormat ?? (field === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD');
			if (NUMBER_FIELDS.has(field)) decimals[source] = p?.decimal ?? '.';
		}
	}
	const extraColumns = fit.kind === 'accounts' ? extraColumnNames(columns, new Set(Object.values(fit.columns).flat())) : {};
	return { kind: fit.kind, preset: fit.preset.id, columns: fit.columns, dateFormats, decimals, stages: {}, defaultCurrency: null, extraColumns };
}

/** Unmapped columns of an account table, named as attributes that clash with no canonical column. */
export function extraColumnNames(columns: readonly string[], mapped: ReadonlySet<string>): Record<string, string> {
	const extraColumns: Record<string, string> = {};
	const taken = new Set<string>(KIND_FIELDS.accounts);
	for (const c of columns) {
		if (mapped.has(c)) continue;
		let name = attributeName(c);
		for (let n = 2; taken.has(name); n++) name = `${attributeName(c)}_${n}`;
		taken.add(name);
		extraColumns[c] = name;
	}
	return extraColumns;
}
