import type { Engine } from '../db/engine';
import canonicalTables from '../sql/model/canonical_tables.sql?raw';
import amountParts from '../sql/import/amount_parts.sql?raw';
import amountValue from '../sql/import/amount_value.sql?raw';
import currencyCode from '../sql/import/currency_code.sql?raw';
import excelDate from '../sql/import/excel_date.sql?raw';
import headcount from '../sql/import/headcount.sql?raw';
import plausibleDate from '../sql/import/plausible_date.sql?raw';

const ready = new WeakSet<Engine>();

/** Creates the canonical tables and the parsing macros the import SQL calls (once per engine). */
export async function ensureImportSchema(engine: Engine): Promise<void> {
	if (ready.has(engine)) return;
	for (const sql of [canonicalTables, amountParts, amountValue, currencyCode, plausibleDate, excelDate, headcount]) await engine.exec(sql);
	ready.add(engine);
}
