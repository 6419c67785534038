import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadExportFolder } from '../../cli/loadExportFolder';
import type { Engine } from '../db/engine';
import { nodeParquetCodec, openNodeEngine } from '../db/node';
import { ensureImportSchema, ImportError, importFiles, readImportFile } from './index';
import { clearCanonicalTables, sourceOf, sourceOfFile, tableAsText } from './testFiles';

const DIR = join(process.cwd(), 'tests/fixtures/bad');
const path = (name: string) => join(DIR, name);

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await ensureImportSchema(engine);
});
afterAll(() => engine.close());
beforeEach(() => clearCanonicalTables(engine));

const accounting = (r: { read: number; loaded: number; rejected: number }) => [r.read, r.loaded, r.rejected];

describe('bad input ends in exact counts or an error naming the file', () => {
	it('refuses an empty file', async () => {
		await expect(readImportFile(engine, await sourceOfFile(engine, path('empty.csv')))).rejects.toThrow(new ImportError('empty.csv', 'the file is empty (0 bytes)'));
	});

	it('refuses binary junk', async () => {
		await expect(readImportFile(engine, await sourceOfFile(engine, path('binary-junk.csv')))).rejects.toThrow(
			'binary-junk.csv: this is not a text file (it contains NUL bytes); export the table as CSV, TSV or Parquet'
		);
	});

	it('refuses a file of blank lines', async () => {
		await expect(readImportFile(engine, await sourceOfFile(engine, path('only-blank-lines.csv')))).rejects.toThrow('only-blank-lines.csv: has no header row and no data (only empty lines)');
	});

	it('loads a header-only file as zero rows of its kind', async () => {
		const [r] = await importFiles(engine, [await sourceOfFile(engine, path('header-only.csv'))]);
		expect([r.kind, ...accounting(r)]).toEqual(['deals', 0, 0, 0]);
	});

	it('rejects a truncated last line with its line number and keeps the rest', async () => {
		const [r] = await importFiles(engine, [await sourceOfFile(engine, path('truncated-last-line.csv'))]);
		expect(accounting(r)).toEqual([5, 4, 1]);
		expect(r.rejects.map((x) => x.message)).toEqual(['line 6, a quoted value is not closed before the end of the row (unterminated or stray quote)']);
		expect((await tableAsText(engine, 'deals', 'deal_id')).map((d) => d.deal_id)).toEqual(['D1', 'D2', 'D3', 'D4']);
	});

	it('rejects ragged rows (too many, too few fields) and keeps the rest', async () => {
		const [r] = await importFiles(engine, [await sourceOfFile(engine, path('ragged-row.csv'))]);
		expect(accounting(r)).toEqual([5, 3, 2]);
		expect(r.rejects.map((x) => x.message)).toEqual(['line 3, expected 6 columns, found 7', 'line 5, expected 6 columns, found 5']);
		expect((await tableAsText(engine, 'deals', 'deal_id')).map((d) => d.deal_id)).toEqual(['D1', 'D3', 'D5']);
	});

	it('still detects a date column with 3% garbage and rejects exactly the garbage rows', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('dates-3pct-garbage.csv')));
		expect(parsed.profiles.find((p) => p.name === 'created_at')).toMatchObject({ type: 'date', dateFormat: 'YYYY-MM-DD' });
		const [r] = await importFiles(engine, [await sourceOfFile(engine, path('dates-3pct-garbage.csv'))]);
		expect(accounting(r)).toEqual([100, 97, 3]);
		expect(r.rejects.map((x) => x.message)).toEqual([
			"line 12, column created_at: 'n/a' is not a date in format YYYY-MM-DD",
			"line 47, column created_at: 'TBD' is not a date in format YYYY-MM-DD",
			"line 88, column created_at: '2025-13-45' is not a date in format YYYY-MM-DD"
		]);
	});

	it('reports every problem of a row, and counts a blank row and a blank line as skipped', async () => {
		const text = 'deal_id,status,created_at,closed_at,amount\nX1,won,2025-01-01,2025-02-01,10\n,,,,\n\nX2,open,someday,,lots\nX3,open,2025-01-03,,\n';
		const [r] = await importFiles(engine, [await sourceOf(engine, 'two-problems.csv', new TextEncoder().encode(text))]);
		expect(accounting(r)).toEqual([3, 2, 1]);
		expect(r.skipped.blank).toBe(2);
		expect(r.rejects).toEqual([
			{
				line: 5,
				column: 'created_at',
				reason: "column created_at: 'someday' is not a date in format YYYY-MM-DD; column amount: 'lots' is not an amount",
				message: "line 5, column created_at: 'someday' is not a date in format YYYY-MM-DD; column amount: 'lots' is not an amount"
			}
		]);
	});

	it('rejects closed deals when no column gives their close date, and says so up front', async () => {
		const text = 'deal_id,status,created_at\nX1,won,2025-01-01\nX2,open,2025-01-02\n';
		const source = await sourceOf(engine, 'no-close-date.csv', new TextEncoder().encode(text));
		expect((await readImportFile(engine, source)).warnings).toEqual(['no column gives the close date: won and lost deals will be rejected until one is mapped']);
		const [r] = await importFiles(engine, [source]);
		expect(accounting(r)).toEqual([2, 1, 1]);
		expect(r.rejects.map((x) => x.message)).toEqual(["line 2, column status is 'won' but no column gives the close date"]);
	});

	it('loads a folder of bad files without crashing: errors for unreadable files, counts for the rest', async () => {
		const results = await loadExportFolder(engine, DIR, nodeParquetCodec());
		const byFile = Object.fromEntries(results.map((r) => [r.file, { kind: r.kind, counts: accounting(r), error: r.error ?? null }]));
		expect(byFile).toEqual({
			'binary-junk.csv': { kind: null, counts: [0, 0, 0], error: 'binary-junk.csv: this is not a text file (it contains NUL bytes); export the table as CSV, TSV or Parquet' },
			'dates-3pct-garbage.csv': { kind: 'deals', counts: [100, 97, 3], error: null },
			'empty.csv': { kind: null, counts: [0, 0, 0], error: 'empty.csv: the file is empty (0 bytes)' },
			'header-only.csv': { kind: 'deals', counts: [0, 0, 0], error: null },
			'only-blank-lines.csv': { kind: null, counts: [0, 0, 0], error: 'only-blank-lines.csv: has no header row and no data (only empty lines)' },
			'ragged-row.csv': { kind: 'deals', counts: [5, 3, 2], error: null },
			'truncated-last-line.csv': { kind: 'deals', counts: [5, 4, 1], error: null }
		});
		// D1…D5 appear in two files: the later export of each id wins, the earlier rows are superseded.
		const superseded = results.filter((r) => r.file === 'truncated-last-line.csv' || r.file === 'ragged-row.csv').reduce((n, r) => n + r.superseded, 0);
		expect(superseded).toBe(2);
		const [{ n }] = (await tableAsText(engine, '(SELECT count(*) AS n FROM deals)', 'n')) as { n: string }[];
		expect(Number(n)).toBe(97 + 5);
	});
});
