import { KIND_FIELDS, type CanonicalField, type ColumnProfile, type ImportMapping, type ParsedFile, type StageTarget, type StageValue, type TableKind } from '../import/index';
import { classifyStage, stageKey } from '../import/stages';
import { DATE_FIELDS, NUMBER_FIELDS, extraColumnNames, kindFits, mappingFromFit, missingFields } from '../import/suggest';

export const KIND_LABELS: Record<TableKind, string> = { accounts: 'Accounts', deals: 'Deals', revenue: 'Revenue (MRR)', leads: 'Leads' };
export const TABLE_KINDS = Object.keys(KIND_LABELS) as TableKind[];

/** What each canonical field means, for the mapping table. */
export const FIELD_LABELS: Record<CanonicalField, string> = {
	account_id: 'Account id',
	name: 'Account name',
	account_name: 'Account name (matched to accounts)',
	industry: 'Industry',
	employees: 'Employees',
	annual_revenue: 'Annual revenue',
	country: 'Country',
	region: 'Region',
	funding_stage: 'Funding stage',
	tech_stack: 'Tech stack (list)',
	created_at: 'Created date',
	deal_id: 'Deal id',
	stage: 'Stage or status',
	closed_at: 'Close date',
	amount: 'Amount',
	currency: 'Currency',
	campaign: 'Campaign',
	owner: 'Owner',
	month: 'Month',
	mrr: 'MRR',
	lead_id: 'Lead id',
	channel: 'Channel',
	mql_at: 'MQL date',
	sql_at: 'SQL date'
};

export interface PresetChoice {
	id: string;
	label: string;
}

/** The presets that can read this file as `kind`: vendor presets that recognize its headers, and the generic one. */
export function presetChoices(parsed: ParsedFile, kind: TableKind): PresetChoice[] {
	return kindFits(parsed.headers, parsed.columns)
		.filter((fit) => fit.kind === kind)
		.map((fit) => ({ id: fit.preset.id, label: fit.preset.vendor === 'generic' ? `Generic ${KIND_LABELS[kind].toLowerCase()}` : `${fit.preset.vendor} ${kind}` }));
}

/** The mapping a preset suggests for this file; stage targets start from the default rules. */
export function mappingForPreset(parsed: ParsedFile, presetId: string): ImportMapping | null {
	const fit = kindFits(parsed.headers, parsed.columns).find((f) => f.preset.id === presetId);
	return fit ? mappingFromFit(fit, parsed.columns, parsed.profiles) : null;
}

/** The mapping for `kind` from the best preset (vendor before generic), for when the user changes the kind. */
export function mappingForKind(parsed: ParsedFile, kind: TableKind): ImportMapping | null {
	const fits = kindFits(parsed.headers, parsed.columns)
		.filter((f) => f.kind === kind)
		.sort((a, b) => b.score - a.score);
	return fits.length > 0 ? mappingFromFit(fits[0], parsed.columns, parsed.profiles) : null;
}

/** What the mapping still needs before the file can load ("a deal id column"). */
export function mappingGaps(mapping: ImportMapping): string[] {
	return missingFields(mapping.kind, mapping.columns);
}

export function fieldsOf(kind: TableKind): readonly CanonicalField[] {
	return KIND_FIELDS[kind];
}

export const isDateField = (field: CanonicalField) => DATE_FIELDS.has(field);
export const isNumberField = (field: CanonicalField) => NUMBER_FIELDS.has(field);

/**
 * Maps `field` to one source column (or none). Date and number columns get the format the
 * profile found; formats of columns no longer mapped are dropped; an account table's unmapped
 * columns are kept as extra attributes.
 */
export function withFieldColumn(mapping: ImportMapping, field: CanonicalField, column: string | null, profiles: readonly ColumnProfile[], allColumns: readonly string[]): ImportMapping {
	const columns = { ...mapping.columns };
	if (column === null) delete columns[field];
	else columns[field] = [column];
	const used = Object.entries(columns) as [CanonicalField, string[]][];
	const dateFormats: Record<string, string> = {};
	const decimals: Record<string, '.' | ','> = {};
	for (const [f, sources] of used) {
		for (const source of sources) {
			const profile = profiles.find((p) => p.name === source);
			if (DATE_FIELDS.has(f)) dateFormats[source] = mapping.dateFormats[source] ?? profile?.dateFormat ?? (f === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD');
			if (NUMBER_FIELDS.has(f)) decimals[source] = mapping.decimals[source] ?? profile?.decimal ?? '.';
		}
	}
	const extraColumns = mapping.kind === 'accounts' ? extraColumnNames(allColumns, new Set(used.flatMap(([, s]) => s))) : {};
	return { ...mapping, columns, dateFormats, decimals, extraColumns };
}

export function withDateFormat(mapping: ImportMapping, column: string, format: string): ImportMapping {
	return { ...mapping, dateFormats: { ...mapping.dateFormats, [column]: format } };
}

export function withDecimal(mapping: ImportMapping, column: string, decimal: '.' | ','): ImportMapping {
	return { ...mapping, decimals: { ...mapping.decimals, [column]: decimal } };
}

export function withStageTarget(mapping: ImportMapping, value: string, target: StageTarget): ImportMapping {
	return { ...mapping, stages: { ...mapping.stages, [stageKey(value)]: target } };
}

export function withDefaultCurrency(mapping: ImportMapping, currency: string): ImportMapping {
	const code = currency.trim().toUpperCase();
	return { ...mapping, defaultCurrency: code === '' ? null : code };
}

/** The stage values with the target this mapping gives each (its own entry, else the default rules). */
export function stageTargets(values: readonly StageValue[], mapping: ImportMapping): StageValue[] {
	return values.map((v) => ({ ...v, target: mapping.stages[stageKey(v.value)] ?? classifyStage(v.value) }));
}

/** Up to `limit` example values of a source column, as the profile sampled them. */
export function sampleValues(profiles: readonly ColumnProfile[], column: string, limit = 3): string[] {
	return (profiles.find((p) => p.name === column)?.examples ?? []).slice(0, limit);
}
