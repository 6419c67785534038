/**
 * The analyst import pipeline: CRM exports (CSV, TSV, gzip'd CSV, Parquet) → canonical tables.
 * Browser and Node call the same functions over an Engine and a file registered with it.
 */
export { ImportError, sniffBytes } from './bytes';
export { DATE_FORMATS } from './dateFormats';
export { headerSignature, normalizeHeader } from './headers';
export { disposeRaw, emptyResult, importFiles, loadImports, type ImportFilesOptions, type LoadItem, type LoadOptions } from './load';
export { ensureImportSchema } from './macros';
export { PRESETS } from './presets';
export { readImportFile, type ReadOptions } from './readFile';
export { rejectedRows, rejectedRowsCsv } from './rejects';
export { classifyStage } from './stages';
export { detectKind } from './suggest';
export { rawTableCsv } from './writeCsv';
export * from './types';
