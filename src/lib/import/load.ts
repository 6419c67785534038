import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { ImportError } from './bytes';
import { commitAccounts, commitKeyed, type CommitCounts, type Staged } from './commit';
import { convertRaw, type Converted } from './convert';
import { normalizeHeader } from './headers';
import { MAX_STAGE_VALUES, readImportFile, type ReadOptions } from './readFile';
import { finalizeRejects, rejectedRows } from './rejects';
import { ident } from './sqlText';
import { extraColumnNames } from './suggest';
import type { ImportMapping, ImportResult, ImportSource, ParsedFile, TableKind } from './types';

export interface LoadItem {
	parsed: ParsedFile;
	/** The confirmed mapping; null leaves the file to the attribute-table check, else ignored. */
	mapping: ImportMapping | null;
}

export interface LoadOptions extends Pick<ReadOptions, 'onProgress'> {
	/** Keep the raw tables after loading (inspect writes them out); by default they are dropped. */
	keepRaw?: boolean;
}

const FIRST_REJECTS = 20;
const ACCOUNT_KEYS = new Set(['account id', 'company id', 'customer id', 'organization id', 'org id', 'record id', 'id', 'account number', 'account name', 'company name', 'company', 'account', 'organization', 'organization name', 'customer', 'customer name', 'name']);
const DEAL_KEYS = new Set(['deal id', 'opportunity id', 'record id', 'id', 'deal']);
/** Share of a column's distinct values that must be known keys for a table to join on it. */
const KEY_OVERLAP = 0.5;

interface Pending {
	index: number;
	parsed: ParsedFile;
	mapping: ImportMapping | null;
	converted: Converted | null;
	attributes: boolean;
	result: ImportResult;
}

function baseResult(parsed: ParsedFile, mapping: ImportMapping | null): ImportResult {
	return {
		file: parsed.file,
		kind: mapping?.kind ?? null,
		preset: mapping?.preset ?? null,
		read: 0,
		loaded: 0,
		rejected: 0,
		superseded: 0,
		unknownAccount: 0,
		skipped: parsed.skipped,
		ignoredRows: 0,
		rejects: [],
		rejectsTable: parsed.internal.rejectsTable,
		warnings: [...parsed.warnings]
	};
}

/**
 * Converts and writes parsed files into the canonical tables: accounts first (so deals can find
 * accounts by name), then tables that only add account attributes, then deals, leads and revenue.
 * Within a kind, files are applied in export order (exportedAt, then list order): the latest wins.
 */
export async function loadImports(engine: Engine, items: readonly LoadItem[], options: LoadOptions = {}): Promise<ImportResult[]> {
	const order = items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.parsed.source.exportedAt ?? 0) - (b.item.parsed.source.exportedAt ?? 0) || a.index - b.index);
	const pending: Pending[] = order.map(({ item, index }) => ({ index, parsed: item.parsed, mapping: item.mapping, converted: null, attributes: false, result: baseResult(item.parsed, item.mapping) }));
	for (const p of pending.filter((p) => p.mapping)) await convert(engine, p, options);
	await commitKind(engine, 'accounts', pending.filter((p) => p.mapping?.kind === 'accounts'), options);

	const unmapped = pending.filter((p) => !p.mapping);
	for (const p of unmapped) await classifyUnmapped(engine, p, options);
	await commitKind(engine, 'accounts', unmapped.filter((p) => p.attributes), options);

	for (const kind of ['deals', 'leads', 'revenue'] as const) await commitKind(engine, kind, pending.filter((p) => p.mapping?.kind === kind), options);
	for (const p of pending) {
		await finalizeRejects(engine, p.parsed);
		p.result.rejects = await rejectedRows(engine, p.result, FIRST_REJECTS);
		if (p.converted) await engine.exec(`DROP TABLE IF EXISTS ${ident(p.converted.table)}`);
		if (!options.keepRaw) await disposeRaw(engine, p.parsed);
		options.onProgress?.({ file: p.parsed.file, phase: 'done', rows: p.result.loaded });
	}
	return pending.sort((a, b) => a.index - b.index).map((p) => p.result);
}

async function convert(engine: Engine, p: Pending, options: LoadOptions): Promise<void> {
	const { parsed } = p;
	const mapping = p.mapping as ImportMapping;
	options.onProgress?.({ file: parsed.file, phase: 'convert', rows: parsed.read });
	const stage = mapping.columns.stage?.[0];
	const stageValues = stage && stage === parsed.stageColumn && parsed.stageValues.length < MAX_STAGE_VALUES ? parsed.stageValues.map((v) => v.value) : null;
	p.converted = await convertRaw(engine, parsed.file, parsed.internal.id, parsed.rawTable, parsed.internal.rejectsTable, parsed.internal.rawTypes, mapping, {
		attributesOnly: p.attributes,
		stageValues
	});
	const { loaded, rejected } = p.converted;
	if (loaded + rejected + parsed.structuralRejects !== parsed.read) {
		throw new Error(`${parsed.file}: row accounting broke: read ${parsed.read} ≠ loaded ${loaded} + rejected ${rejected} + unsplittable ${parsed.structuralRejects}`);
	}
	Object.assign(p.result, { kind: p.attributes ? 'account_attributes' : mapping.kind, read: parsed.read, loaded, rejected: rejected + parsed.structuralRejects });
}

async function commitKind(engine: Engine, kind: TableKind, list: Pending[], options: LoadOptions): Promise<void> {
	const ready = list.filter((p) => p.converted);
	if (ready.length === 0) return;
	for (const p of ready) options.onProgress?.({ file: p.parsed.file, phase: 'commit', rows: p.result.loaded });
	const staged: Staged[] = ready.map((p) => ({
		table: (p.converted as Converted).table,
		rawTable: p.parsed.rawTable,
		rejectsTable: p.parsed.internal.rejectsTable,
		rawColumns: p.parsed.columns,
		extras: (p.converted as Converted).extras,
		attributesOnly: p.attributes,
		accountColumn: (p.attributes ? p.mapping?.columns.account_id?.[0] : p.mapping?.columns.account_name?.[0]) ?? null
	}));
	const id = ready[0].parsed.internal.id;
	const counts: CommitCounts[] = kind === 'accounts' ? await commitAccounts(engine, id, staged) : await commitKeyed(engine, id, kind, staged);
	counts.forEach((c, i) => {
		const r = ready[i].result;
		r.loaded -= c.rejected;
		r.rejected += c.rejected;
		r.superseded = c.superseded;
		r.unknownAccount = c.unknownAccount;
		if (c.summed > 0) r.warnings.push(`${c.summed} ${c.summed === 1 ? 'row was' : 'rows were'} added into another row of this file for the same account and month (MRR summed)`);
	});
}

/**
 * A file no kind fits may still add account attributes when one of its key-like columns holds
 * ids or names of known accounts; one holding deal ids is reported (joining deal attributes is not
 * supported); anything else is ignored with the reason.
 */
async function classifyUnmapped(engine: Engine, p: Pending, options: LoadOptions): Promise<void> {
	const { parsed } = p;
	const ignore = (reason: string) => Object.assign(p.result, { kind: null, ignoredRows: parsed.read, ignoredReason: reason });
	if (parsed.read === 0) return void ignore(parsed.unfitReason ?? 'no rows');
	const accountKey = await bestKey(engine, parsed, ACCOUNT_KEYS, `SELECT account_id AS k FROM accounts UNION SELECT lower(trim(name)) FROM accounts WHERE name IS NOT NULL`);
	if (accountKey && accountKey.share >= KEY_OVERLAP) {
		p.attributes = true;
		p.mapping = {
			kind: 'accounts',
			preset: 'account-attributes',
			columns: { account_id: [accountKey.column] },
			dateFormats: {},
			decimals: {},
			stages: {},
			defaultCurrency: null,
			extraColumns: extraColumnNames(parsed.columns, new Set([accountKey.column]))
		};
		p.result.preset = 'account-attributes';
		p.result.warnings.push(`joined to accounts on column ${accountKey.column} (${accountKey.hits} of ${accountKey.values} values are known accounts)`);
		await convert(engine, p, options);
		return;
	}
	const dealKey = await bestKey(engine, parsed, DEAL_KEYS, 'SELECT deal_id AS k FROM deals');
	if (dealKey && dealKey.share >= KEY_OVERLAP) {
		return void ignore(
			`shares deal ids with deals on column ${dealKey.column} (${dealKey.hits} of ${dealKey.values} values), but joining deal attributes is not supported; its ${parsed.read} rows are not loaded`
		);
	}
	ignore(`${parsed.unfitReason ?? 'no table kind fits'}; its ${parsed.read} rows are not loaded`);
}

async function bestKey(engine: Engine, parsed: ParsedFile, headers: ReadonlySet<string>, known: string): Promise<{ column: string; share: number; hits: number; values: number } | null> {
	let best: { column: string; share: number; hits: number; values: number } | null = null;
	for (const column of parsed.columns.filter((c) => headers.has(normalizeHeader(c)))) {
		const [r] = tableRows(
			await engine.query(
				`WITH v AS (SELECT DISTINCT trim(CAST(${ident(column)} AS VARCHAR)) AS v FROM ${ident(parsed.rawTable)} WHERE nullif(trim(CAST(${ident(column)} AS VARCHAR)), '') IS NOT NULL)
				SELECT count(*) AS n, count(*) FILTER (WHERE v IN (SELECT k FROM (${known})) OR lower(v) IN (SELECT k FROM (${known}))) AS hits FROM v`
			)
		);
		const values = Number(r.n);
		const hits = Number(r.hits);
		const share = values === 0 ? 0 : hits / values;
		if (!best || share > best.share) best = { column, share, hits, values };
	}
	return best;
}

/** Drops a parsed file's raw and line tables (its rejects table stays for rejectedRowsCsv). */
export async function disposeRaw(engine: Engine, parsed: ParsedFile): Promise<void> {
	await engine.exec(`DROP TABLE IF EXISTS ${ident(parsed.rawTable)}`);
	const rows = parsed.internal.rowLines;
	if (rows.kind === 'table' || rows.kind === 'sparse') await engine.exec(`DROP TABLE IF EXISTS ${ident(rows.table)}`);
}

export interface ImportFilesOptions extends ReadOptions {
	/** The mapping to use for a parsed file (e.g. one the user confirmed for its header signature); default: the suggestion. */
	mappingFor?: (parsed: ParsedFile) => ImportMapping | null | undefined;
	keepRaw?: boolean;
}

/**
 * Reads and loads files in one go (the report/review commands, tests). A file that cannot be read
 * at all (empty, binary, not parseable) becomes a result with `error`, and the others still load.
 */
export async function importFiles(engine: Engine, sources: readonly ImportSource[], options: ImportFilesOptions = {}): Promise<ImportResult[]> {
	const parsed: (ParsedFile | ImportError)[] = [];
	for (const source of sources) {
		try {
			parsed.push(await readImportFile(engine, source, options));
		} catch (e) {
			if (!(e instanceof ImportError)) throw e;
			parsed.push(e);
		}
	}
	const items = parsed.filter((p): p is ParsedFile => !(p instanceof ImportError)).map((p) => ({ parsed: p, mapping: options.mappingFor?.(p) ?? p.suggestion }));
	const loaded = await loadImports(engine, items, options);
	let next = 0;
	return parsed.map((p) => (p instanceof ImportError ? emptyResult(p.file, { error: p.message }) : loaded[next++]));
}

/** A result for a file that loaded nothing: unreadable (`error`) or not importable (`ignoredReason`). */
export function emptyResult(file: string, why: { error: string } | { ignoredReason: string }): ImportResult {
	return {
		file,
		kind: null,
		preset: null,
		read: 0,
		loaded: 0,
		rejected: 0,
		superseded: 0,
		unknownAccount: 0,
		skipped: { preamble: [], footer: [], blank: 0 },
		ignoredRows: 0,
		rejects: [],
		rejectsTable: null,
		warnings: [],
		...why
	};
}
