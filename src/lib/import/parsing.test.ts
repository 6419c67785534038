import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import { DATE_FORMATS, dateFormat } from './dateFormats';
import { ensureImportSchema } from './macros';
import { literal } from './sqlText';

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await ensureImportSchema(engine);
});
afterAll(() => engine.close());

async function one(sql: string): Promise<unknown> {
	const [row] = tableRows(await engine.query(`SELECT ${sql} AS v`));
	return row.v;
}

describe('amounts', () => {
	const cases: [string, '.' | ',', number | null, string | null][] = [
		['$1,234.56', '.', 1234.56, 'USD'],
		['1.234,56 €', ',', 1234.56, 'EUR'],
		['(1,200)', '.', -1200, null],
		['(1.200,50 €)', ',', -1200.5, 'EUR'],
		['-$3,000', '.', -3000, 'USD'],
		['USD 4,000.00', '.', 4000, 'USD'],
		['7 500,5 EUR', ',', 7500.5, 'EUR'],
		['1\u00a0234,5', ',', 1234.5, null],
		["1'234.50 CHF", '.', 1234.5, 'CHF'],
		['£99', '.', 99, 'GBP'],
		['1200-', '.', -1200, null],
		['42000', '.', 42000, null],
		['15500.50', '.', 15500.5, null],
		['0,5', ',', 0.5, null],
		['1,5', '.', null, null],
		['12,34,567', '.', null, null],
		['n/a', '.', null, null],
		['TBD', '.', null, null],
		['12 apples', '.', null, null],
		['$ 1,000 USD', '.', null, null],
		['(100', '.', null, null],
		['--5', '.', null, null],
		['12%', '.', null, null],
		['1e5', '.', null, null],
		['NaN', '.', null, null],
		['-15.5', '.', -15.5, null],
		['42000', ',', 42000, null]
	];
	it.each(cases)('%s with decimal %s reads as %s (%s)', async (text, sep, value, currency) => {
		expect(await one(`import_amount(${literal(text)}, ${literal(sep)})`)).toBe(value);
		if (value !== null) expect(await one(`import_currency(${literal(text)})`)).toBe(currency);
	});
});

describe('employee counts', () => {
	it.each([
		['1,200', 1200],
		['51-200', 126],
		['11 to 50', 31],
		['10,001+', 10001],
		['250', 250],
		['many', null]
	] as [string, number | null][])('%s → %s', async (text, expected) => {
		expect(await one(`import_headcount(${literal(text)}, '.')`)).toBe(expected);
	});
});

describe('date formats', () => {
	const cases: [string, string, string | null][] = [
		['YYYY-MM-DD', '2025-01-31', '2025-01-31'],
		['YYYY-MM-DD HH:mm', '2025-03-14 17:02', '2025-03-14'],
		['ISO 8601', '2025-03-14T23:30:00Z', '2025-03-14'],
		['ISO 8601', '2025-03-14T23:30:00.123+02:00', '2025-03-14'],
		['YYYY-MM-DD', '2025-02-30', null],
		['M/D/YYYY', '1/12/2026', '2026-01-12'],
		['M/D/YYYY', '01/12/2026 3:45 PM', '2026-01-12'],
		['M/D/YYYY', '2/30/2026', null],
		['M/D/YYYY', '1/12/26', null],
		['D/M/YYYY', '31/02/2025', null],
		['D/M/YYYY', '13/1/2025', '2025-01-13'],
		['M/D/YY', '1/12/26', '2026-01-12'],
		['D.M.YYYY', '15.01.2025', '2025-01-15'],
		['D.M.YYYY', '15.01.2025 14:30', '2025-01-15'],
		['D MMM YYYY', '31-Jan-2025', '2025-01-31'],
		['MMM D, YYYY', 'Jan 31, 2025', '2025-01-31'],
		['YYYY-MM', '2025-02', '2025-02-01'],
		['MMM YYYY', 'Feb 2025', '2025-02-01'],
		// Excel's serial 45688 is 2025-01-31 (day 1 = 1900-01-01, with the phantom 1900-02-29).
		['excel', '45688', '2025-01-31'],
		['excel', '45688.75', '2025-01-31'],
		['excel', '2025', null]
	];
	it.each(cases)('%s reads %s as %s', async (id, text, expected) => {
		expect(await one(`CAST(${dateFormat(id).sql(literal(text))} AS VARCHAR)`)).toBe(expected);
	});

	it('knows every format it lists by id', () => {
		for (const f of DATE_FORMATS) expect(dateFormat(f.id).id).toBe(f.id);
		expect(() => dateFormat('DD/MM/YYYY hh')).toThrow(/unknown date format/);
	});
});
