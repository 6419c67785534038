/** The import pipeline's public types: everything here is plain data the UI can show, edit and store. */
import type { RowLines } from './lineIndex';

export type TableKind = 'accounts' | 'deals' | 'revenue' | 'leads';
export type DealStatus = 'won' | 'lost' | 'open';
/** Where a stage value goes; `skip` rejects the row with a reason (e.g. Pipedrive's deleted deals). */
export type StageTarget = DealStatus | 'skip';

/** A file the engine can read: registered under `name` (registerFileHandle / registerFileBuffer). */
export interface ImportSource {
	name: string;
	/** How the user knows the file (its original name); used in every message. Defaults to `name`. */
	label?: string;
	/** The first bytes of the file (64 KB is plenty; the whole file when smaller). */
	head: Uint8Array;
	size: number;
	/** When the export was made (File.lastModified, mtime): the latest export wins duplicate ids. */
	exportedAt?: number;
	/** The whole file. Needed for Parquet (decoded by parquet-wasm) and UTF-16BE (transcoded). */
	readAll?: () => Promise<Uint8Array>;
}

export type ImportPhase = 'sniff' | 'read' | 'profile' | 'convert' | 'commit' | 'done';

export interface ImportProgress {
	file: string;
	phase: ImportPhase;
	bytes?: number;
	rows?: number;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin-1';

export interface TextDialect {
	encoding: Encoding;
	bom: boolean;
	compression: 'gzip' | null;
	delimiter: string;
	quote: string;
	/** Empty when the file never escapes quotes. */
	escape: string;
	newline: '\n' | '\r\n' | '\r';
	/** 1-based physical line of the header; 0 when the file has no header row. */
	headerLine: number;
	/** `duckdb` when sniff_csv's answer was used, `fallback` when ours replaced it (and why). */
	sniffer: 'duckdb' | 'fallback';
	snifferNote?: string;
	/** Set when duckdb-wasm could not read the encoding and the bytes were transcoded to UTF-8 in JS. */
	transcoded?: boolean;
}

export type ColumnType = 'empty' | 'integer' | 'number' | 'amount' | 'date' | 'boolean' | 'text' | 'list';

export interface ColumnProfile {
	name: string;
	type: ColumnType;
	/** Date format id (see dateFormats.ts) when the column holds dates, or the best guess for date fields. */
	dateFormat: string | null;
	/** Decimal separator of numbers and amounts in this column. */
	decimal: '.' | ',';
	/** True when day/month order could not be told apart from the values (every day ≤ 12). */
	ambiguousDate: boolean;
	nonEmpty: number;
	sampled: number;
	examples: string[];
}

export interface SkippedLine {
	/** 1-based physical line; null only when the file's lines could not be traced. */
	line: number | null;
	text: string;
}

export interface SkippedLines {
	preamble: SkippedLine[];
	footer: SkippedLine[];
	/** Empty lines and rows with every field empty. */
	blank: number;
}

export interface RejectedRow {
	/** 1-based physical line in the file (row number for Parquet); null only if the line could not be traced. */
	line: number | null;
	column: string | null;
	reason: string;
	/** "line 17, column Close Date: '31/02/2025' is not a date in format M/D/YYYY" */
	message: string;
}

/** Canonical fields each kind can fill. `account_name` resolves to account_id through accounts.name. */
export const KIND_FIELDS = {
	accounts: ['account_id', 'name', 'industry', 'employees', 'annual_revenue', 'country', 'region', 'funding_stage', 'tech_stack', 'created_at'],
	deals: ['deal_id', 'account_id', 'account_name', 'stage', 'created_at', 'closed_at', 'amount', 'currency', 'campaign', 'owner'],
	revenue: ['account_id', 'account_name', 'month', 'mrr'],
	leads: ['lead_id', 'account_id', 'account_name', 'campaign', 'channel', 'created_at', 'mql_at', 'sql_at', 'deal_id']
} as const;

export type FieldOf<K extends TableKind> = (typeof KIND_FIELDS)[K][number];
export type CanonicalField = FieldOf<TableKind>;

/**
 * How one file becomes rows of one canonical table. Serializable: the UI edits it and stores it per
 * `headerSignature(headers)`.
 */
export interface ImportMapping {
	kind: TableKind;
	/** The preset the suggestion came from (`hubspot-deals`, `generic-accounts` …); informational. */
	preset: string | null;
	/** Field → source columns; several columns are read in order, the first non-empty value wins. */
	columns: Partial<Record<CanonicalField, string[]>>;
	/** Date format id per source column (see DATE_FORMATS). */
	dateFormats: Record<string, string>;
	/** Decimal separator per source column holding amounts or counts. */
	decimals: Record<string, '.' | ','>;
	/** Stage value (trimmed, lower-cased) → status. Values not listed fall back to the default rules. */
	stages: Record<string, StageTarget>;
	/** Currency when neither a currency column nor a symbol/code in the amount says (ISO code or null). */
	defaultCurrency: string | null;
	/** accounts only: unmapped source columns kept as extra account attributes (source → column name). */
	extraColumns: Record<string, string>;
}

export interface StageValue {
	value: string;
	rows: number;
	/** The suggested target (the mapping's stages entry, else the default rules). */
	target: StageTarget;
}

/** What reading a file found, before any mapping: enough for `inspect` and for the mapping editor. */
export interface ParsedFile {
	file: string;
	source: ImportSource;
	format: 'csv' | 'parquet';
	dialect: TextDialect | null;
	/** Header names as written in the file (the signature's input). */
	headers: string[];
	/** Column names of the raw table: the headers made unique and non-empty. */
	columns: string[];
	signature: string;
	/** All-VARCHAR (CSV) or typed (Parquet) table holding the rows exactly as parsed. */
	rawTable: string;
	/** Data records read: rows in rawTable plus rows the CSV reader could not split. */
	read: number;
	/** Rows the CSV reader could not split into the header's columns (ragged, unterminated quote). */
	structuralRejects: number;
	profiles: ColumnProfile[];
	skipped: SkippedLines;
	/** The mapping suggested from the headers and values, or null when no kind fits. */
	suggestion: ImportMapping | null;
	/** Why no kind fits, when suggestion is null. */
	unfitReason: string | null;
	/** Distinct values (up to 500) of the suggested stage column, with counts and targets. */
	stageValues: StageValue[];
	stageColumn: string | null;
	warnings: string[];
	internal: ParsedInternal;
}

/** Bookkeeping the later steps need; not for display. */
export interface ParsedInternal {
	id: string;
	rawTypes: { name: string; type: string }[];
	/** Our rejects table: __row, __line, __column, __reason, __text, then the raw columns. */
	rejectsTable: string;
	/** Where the raw table's rows start in the file (Parquet: row numbers, see unit). */
	rowLines: RowLines;
	unit: 'line' | 'row';
}

export interface ImportResult {
	file: string;
	kind: TableKind | 'account_attributes' | null;
	preset: string | null;
	/** Data records read; always loaded + rejected. */
	read: number;
	loaded: number;
	rejected: number;
	/** Loaded rows replaced by a later row with the same key (later line, or a later export). */
	superseded: number;
	/** deals/leads/revenue rows kept without a known account (no account value, or not in accounts). */
	unknownAccount: number;
	skipped: SkippedLines;
	/** Rows of a file no kind fits (not counted in read). */
	ignoredRows: number;
	ignoredReason?: string;
	/** Set when the file could not be read at all (empty, binary, unparseable): names file and cause. */
	error?: string;
	/** The first rejected rows; `rejectedRows()` / `rejectedRowsCsv()` give all of them. */
	rejects: RejectedRow[];
	rejectsTable: string | null;
	warnings: string[];
}
