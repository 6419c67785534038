import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { nodeParquetCodec, nodeArrowToIPC, openNodeEngine } from '../db/node';
import { rawTableCsv } from './index';
import { formatInspectReport, inspectSource } from './inspectReport';
import { sourceOf, sourceOfFile } from './testFiles';

const EXPORTS = join(process.cwd(), 'tests/fixtures/exports');
let engine: Engine;
let dir: string;
beforeAll(async () => {
	engine = await openNodeEngine();
	dir = mkdtempSync(join(tmpdir(), 'icp-inspect-'));
});
afterAll(async () => {
	await engine.close();
	rmSync(dir, { recursive: true, force: true });
});

async function csvOf(parsed: Parameters<typeof rawTableCsv>[1]): Promise<string> {
	let text = '';
	await rawTableCsv(engine, parsed, (chunk) => void (text += chunk));
	return text;
}

describe('inspect', () => {
	it('describes a file and writes the parsed table back as RFC 4180 CSV', async () => {
		const { report, parsed } = await inspectSource(engine, await sourceOfFile(engine, join(EXPORTS, 'salesforce-opportunities.csv')));
		const text = formatInspectReport(report);
		for (const line of [
			'Delimiter: ","  quote: "\\""  escape: "\\""  newline: "\\n"',
			'Header: line 1, 11 columns',
			'Footer lines skipped: 3',
			'  line 10: "Grand Totals (6 records)"',
			'Blank lines and empty rows skipped: 3',
			'Kind: deals (preset salesforce-opportunities)',
			'Rows: read 6 = loaded 5 + rejected 1',
			"  line 7, column Close Date: '2/30/2026' is not a date in format M/D/YYYY"
		]) {
			expect(text.split('\n')).toContain(line);
		}
		expect(report.columns.find((c) => c.name === 'Close Date')).toMatchObject({ type: 'date', dateFormat: 'M/D/YYYY' });
		const csv = await csvOf(parsed);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Opportunity Owner,Account Name,Opportunity Name,Stage,Amount,Probability (%),Close Date,Created Date,Lead Source,Next Step,Opportunity ID');
		expect(lines[1]).toBe('Dana Whitfield,Acme Analytics,Acme - 200 seats,Closed Won,"$12,000.00",100,1/12/2026,11/3/2025,Web,"Send contract\nthen call",0065g00000AbCd1');
		expect(lines).toHaveLength(1 + 6 + 1);
		expect(lines.at(-1)).toBe('');
	});

	it('round-trips any delimited file: what --out writes reads back to the same table', async () => {
		const source = await sourceOfFile(engine, join(EXPORTS, 'eu-semicolon-deals.csv'));
		const { parsed } = await inspectSource(engine, source);
		const csv = await csvOf(parsed);
		const { parsed: again } = await inspectSource(engine, await sourceOf(engine, 'again.csv', new TextEncoder().encode(csv)));
		expect(again.dialect).toMatchObject({ delimiter: ',', newline: '\r\n' });
		expect(await csvOf(again)).toBe(csv);
	});

	it('reads a canonical Parquet file as it is', async () => {
		const table = await engine.query(
			"SELECT 'D' || range AS deal_id, 'A1' AS account_id, DATE '2025-01-01' + range::INTEGER AS created_at, NULL::DATE AS closed_at, 'open' AS status, 100.5 * range AS amount, 'USD' AS currency, NULL AS campaign, 'Rep' AS owner FROM range(5)"
		);
		const bytes = nodeParquetCodec().arrowIPCToParquet(nodeArrowToIPC(table));
		const { report } = await inspectSource(engine, await sourceOf(engine, 'deals.parquet', bytes), nodeParquetCodec());
		expect([report.format, report.kind, report.mapping?.preset, report.accounting.read, report.accounting.loaded]).toEqual(['parquet', 'deals', 'generic-deals', 5, 5]);
		expect(report.columns.find((c) => c.name === 'created_at')).toMatchObject({ type: 'date', dateFormat: 'native' });
	});

	it('runs as a command with --json and --out', () => {
		const run = (...args: string[]) =>
			spawnSync(process.execPath, ['--import', 'tsx', '--import', './src/cli/registerRawImports.js', 'src/cli/inspect.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
		const out = join(dir, 'normalized.csv');
		const ok = run(join(EXPORTS, 'hubspot-contacts-utf16.tsv'), '--json', '--out', out);
		expect(ok.status).toBe(0);
		const report = JSON.parse(ok.stdout);
		expect([report.dialect.encoding, report.dialect.delimiter, report.kind, report.accounting]).toEqual(['utf-16le', '\t', 'leads', { read: 3, loaded: 3, rejected: 0, superseded: 0, unknownAccount: 3 }]);
		expect(readFileSync(out, 'utf8').split('\r\n')[3]).toBe('503,Chloé,Martin,chloe@example.org,Lead,2025-02-20 17:20,,,Direct Traffic,,');
	});
});
