import { KIND_FIELDS, normalizeHeader, type CanonicalField, type ImportMapping, type TableKind } from '../import/index';

/** A mapping the user confirmed for one header layout (see headerSignature). */
export interface RememberedMapping {
	mapping: ImportMapping;
	/** The file it was confirmed on. */
	file: string;
	confirmedAt: number;
}

/** localStorage, or a stand-in with the same three methods. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const STORAGE_KEY = 'icp-pulse:import-mappings';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isMapping(v: unknown): v is ImportMapping {
	if (!isRecord(v) || typeof v.kind !== 'string' || !(v.kind in KIND_FIELDS) || !isRecord(v.columns)) return false;
	const fields = KIND_FIELDS[v.kind as TableKind] as readonly string[];
	const columnsOk = Object.entries(v.columns).every(([field, cols]) => fields.includes(field) && Array.isArray(cols) && cols.every((c) => typeof c === 'string'));
	return columnsOk && isRecord(v.dateFormats) && isRecord(v.decimals) && isRecord(v.stages) && isRecord(v.extraColumns);
}

/**
 * Confirmed mappings per header signature, kept in the browser: next month's export with the same
 * headers opens with the mapping the analyst confirmed last time.
 */
export class MappingMemory {
	constructor(
		private readonly store: KeyValueStore,
		private readonly key = STORAGE_KEY
	) {}

	private all(): Record<string, RememberedMapping> {
		const text = this.store.getItem(this.key);
		if (!text) return {};
		try {
			const parsed: unknown = JSON.parse(text);
			if (!isRecord(parsed)) return {};
			const valid: Record<string, RememberedMapping> = {};
			for (const [signature, entry] of Object.entries(parsed)) {
				if (isRecord(entry) && isMapping(entry.mapping) && typeof entry.file === 'string' && typeof entry.confirmedAt === 'number') {
					valid[signature] = { mapping: entry.mapping, file: entry.file, confirmedAt: entry.confirmedAt };
				}
			}
			return valid;
		} catch {
			return {};
		}
	}

	recall(signature: string): RememberedMapping | null {
		return this.all()[signature] ?? null;
	}

	remember(signature: string, mapping: ImportMapping, file: string, confirmedAt = Date.now()): void {
		this.store.setItem(this.key, JSON.stringify({ ...this.all(), [signature]: { mapping, file, confirmedAt } }));
	}

	forget(signature: string): void {
		const { [signature]: _forgotten, ...rest } = this.all();
		this.store.setItem(this.key, JSON.stringify(rest));
	}
}

/**
 * A remembered mapping applied to a file whose headers have the same signature but may be spelt
 * differently ("Deal Stage" / "deal_stage"): every column it names is found by its normalized
 * header. Null when a column cannot be found.
 */
export function adaptMapping(mapping: ImportMapping, columns: readonly string[]): ImportMapping | null {
	const byNormal = new Map<string, string>();
	for (const c of columns) if (!byNormal.has(normalizeHeader(c))) byNormal.set(normalizeHeader(c), c);
	const find = (c: string) => (columns.includes(c) ? c : byNormal.get(normalizeHeader(c)));
	let missing = false;
	const column = (c: string): string => {
		const found = find(c);
		if (found === undefined) missing = true;
		return found ?? c;
	};
	const rekey = <V>(record: Record<string, V>) => Object.fromEntries(Object.entries(record).map(([c, v]) => [column(c), v]));
	const adapted: ImportMapping = {
		...mapping,
		columns: Object.fromEntries(Object.entries(mapping.columns).map(([field, cols]) => [field, (cols ?? []).map(column)])) as Partial<Record<CanonicalField, string[]>>,
		dateFormats: rekey(mapping.dateFormats),
		decimals: rekey(mapping.decimals),
		extraColumns: rekey(mapping.extraColumns),
		stages: { ...mapping.stages }
	};
	return missing ? null : adapted;
}
