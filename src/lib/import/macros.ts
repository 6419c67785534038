import type { Engine } from '../db/engine';
import canonicalTables from '../sql/model/canonical_tables.sql?raw';
import amount from '../sql/import/amount.sql?raw';
import currency from '../sql/import/currency.sql?raw';
import excelDate from '../sql/import/excel_date.sql?raw';
import headcount from '../sql/import/headcount.sql?raw';
import plausibleDate from '../sql/import/plausible_date.sql?raw';

const ready = new WeakSet<Engine>();

/** Creates the canonical tables and the parsing macros the import SQL calls (once per engine). */
export async function ensureImportSchema(engine: Engine): Promise<void> {
	if (ready.has(engine)) return;
	for (const sql of [canonicalTables, amount, currency, plausibleDate, excelDate, headcount]) await engine.exec(sql);
	ready.add(engine);
}
