import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import { importFiles } from './index';
import { writeLargeDealsCsv } from './largeCsv';
import { sourceOf } from './testFiles';
import type { ImportProgress } from './types';

const ROWS = 1_000_000;
let engine: Engine;
let dir: string;
beforeAll(async () => {
	engine = await openNodeEngine();
	dir = mkdtempSync(join(tmpdir(), 'icp-import-large-'));
});
afterAll(async () => {
	await engine.close();
	rmSync(dir, { recursive: true, force: true });
});

it('loads a million-row CSV in SQL with exact accounting, traced line numbers and progress events', async () => {
	const file = join(dir, 'opportunities.csv');
	const facts = writeLargeDealsCsv(file, ROWS);
	const events: ImportProgress[] = [];
	const source = await sourceOf(engine, 'opportunities.csv', new Uint8Array(readFileSync(file)));
	const [result] = await importFiles(engine, [source], { onProgress: (e) => events.push(e) });

	expect([result.kind, result.preset, result.read, result.loaded, result.rejected]).toEqual(['deals', 'salesforce-opportunities', ROWS, ROWS - 3, 3]);
	expect(facts.badLines).toEqual([250_003, 500_003, 750_003]);
	expect(result.rejects.map((r) => r.message)).toEqual(facts.badLines.map((line) => `line ${line}, column Close Date: '13/45/2025' is not a date in format M/D/YYYY`));
	const [totals] = tableRows(await engine.query(`SELECT count(*) AS n, sum(amount) AS amount, count(*) FILTER (WHERE account_id IS NULL) AS unknown FROM deals`));
	expect(totals).toEqual({ n: ROWS - 3, amount: facts.amountSum, unknown: ROWS - 3 });

	const phases = events.map((e) => e.phase);
	expect([...new Set(phases)]).toEqual(['sniff', 'read', 'profile', 'convert', 'commit', 'done']);
	expect(events.find((e) => e.phase === 'read' && e.rows !== undefined)).toEqual({ file: 'opportunities.csv', phase: 'read', bytes: source.size, rows: ROWS });
	expect(events.at(-1)).toEqual({ file: 'opportunities.csv', phase: 'done', rows: ROWS - 3 });
});
