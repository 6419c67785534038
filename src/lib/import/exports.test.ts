import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadExportFolder } from '../../cli/loadExportFolder';
import type { Engine } from '../db/engine';
import { nodeParquetCodec, openNodeEngine } from '../db/node';
import { ensureImportSchema, importFiles, readImportFile, rejectedRowsCsv } from './index';
import { clearCanonicalTables, sourceOf, sourceOfFile, tableAsText } from './testFiles';
import type { ImportResult } from './types';

const DIR = join(process.cwd(), 'tests/fixtures/exports');
const path = (name: string) => join(DIR, name);

let engine: Engine;
beforeAll(async () => {
	engine = await openNodeEngine();
	await ensureImportSchema(engine);
});
afterAll(() => engine.close());
beforeEach(() => clearCanonicalTables(engine));

async function importOne(name: string): Promise<ImportResult> {
	const [result] = await importFiles(engine, [await sourceOfFile(engine, path(name))]);
	expect(result.read).toBe(result.loaded + result.rejected);
	return result;
}

const counts = (r: ImportResult) => ({ kind: r.kind, preset: r.preset, read: r.read, loaded: r.loaded, rejected: r.rejected, superseded: r.superseded, unknownAccount: r.unknownAccount });

describe('HubSpot', () => {
	it('maps a companies export, keeps the later duplicate and rejects an unreadable revenue', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('hubspot-companies.csv')));
		expect(parsed.suggestion).toEqual({
			kind: 'accounts',
			preset: 'hubspot-companies',
			columns: {
				account_id: ['Record ID'],
				name: ['Company name'],
				industry: ['Industry'],
				employees: ['Number of Employees'],
				annual_revenue: ['Annual Revenue'],
				country: ['Country/Region'],
				tech_stack: ['Web Technologies'],
				created_at: ['Create Date']
			},
			dateFormats: { 'Create Date': 'YYYY-MM-DD HH:mm' },
			decimals: { 'Number of Employees': '.', 'Annual Revenue': '.' },
			stages: {},
			defaultCurrency: null,
			extraColumns: { 'Company Domain Name': 'company_domain_name', City: 'city', 'Company owner': 'company_owner', 'Lifecycle Stage': 'lifecycle_stage' }
		});
		const result = await importOne('hubspot-companies.csv');
		expect(counts(result)).toEqual({ kind: 'accounts', preset: 'hubspot-companies', read: 6, loaded: 5, rejected: 1, superseded: 1, unknownAccount: 0 });
		expect(result.rejects.map((r) => r.message)).toEqual(["line 7, column Annual Revenue: 'n/a' is not an amount"]);
		const accounts = await tableAsText(engine, 'accounts', 'account_id');
		expect(accounts.map((a) => [a.account_id, a.name, a.employees, a.annual_revenue, a.country, a.tech_stack, a.created_at, a.lifecycle_stage])).toEqual([
			['9876543210', 'Acme Analytics', '250', '12000000.0', 'United States', '[Salesforce, Slack, Google Analytics]', '2023-02-14', 'Customer'],
			['9876543211', 'Globex Health', '1300', '85000000.0', 'Germany', '[HubSpot, Slack]', '2023-05-02', 'Customer'],
			['9876543212', 'Initech', '75', null, 'United Kingdom', null, '2024-01-09', 'Lead'],
			['9876543213', 'Umbrella Labs', null, '3500000.0', 'Canada', '[Salesforce]', '2024-03-21', 'Customer']
		]);
	});

	it('maps a deals export: stages, open deals without a close date, latest duplicate, unknown accounts', async () => {
		const result = await importOne('hubspot-deals.csv');
		expect(counts(result)).toEqual({ kind: 'deals', preset: 'hubspot-deals', read: 7, loaded: 7, rejected: 0, superseded: 1, unknownAccount: 6 });
		const deals = await tableAsText(engine, 'deals', 'deal_id');
		expect(deals.map((d) => [d.deal_id, d.account_id, d.status, d.created_at, d.closed_at, d.amount, d.campaign, d.owner])).toEqual([
			['18001', '9876543210', 'won', '2025-01-06', '2025-03-14', '42000.0', 'Organic Search', 'Dana Whitfield'],
			['18002', '9876543211', 'lost', '2025-02-11', '2025-04-30', '120000.0', 'Paid Search', 'Lee Park'],
			['18003', '9876543212', 'won', '2025-05-20', '2025-07-02', '9500.0', 'Referrals', 'Dana Whitfield'],
			['18004', '9876543213', 'open', '2025-06-02', null, '15500.5', 'Direct Traffic', 'Lee Park'],
			['18005', null, 'open', '2025-06-10', null, null, 'Offline Sources', 'Lee Park'],
			['18006', '55555', 'won', '2025-04-01', '2025-05-05', '5000.0', 'Social Media', 'Dana Whitfield']
		]);
	});

	it('reads a UTF-16LE contacts TSV as leads', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('hubspot-contacts-utf16.tsv')));
		expect(parsed.dialect).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t', newline: '\r\n', headerLine: 1 });
		expect(parsed.suggestion?.columns).toEqual({
			lead_id: ['Record ID'],
			account_id: ['Associated Company IDs (Primary)'],
			channel: ['Original Source'],
			created_at: ['Create Date'],
			mql_at: ['Became a Marketing Qualified Lead Date'],
			sql_at: ['Became a Sales Qualified Lead Date'],
			deal_id: ['Associated Deal IDs']
		});
		const result = await importOne('hubspot-contacts-utf16.tsv');
		expect(counts(result)).toEqual({ kind: 'leads', preset: 'hubspot-contacts', read: 3, loaded: 3, rejected: 0, superseded: 0, unknownAccount: 3 });
		expect((await tableAsText(engine, 'leads', 'lead_id')).map((l) => [l.lead_id, l.account_id, l.channel, l.created_at, l.mql_at, l.sql_at, l.deal_id])).toEqual([
			['501', '9876543210', 'Organic Search', '2024-11-02', '2024-11-20', '2024-12-01', '18001'],
			['502', '9876543211', 'Paid Search', '2025-01-15', '2025-02-01', null, null],
			['503', null, 'Direct Traffic', '2025-02-20', null, null, null]
		]);
	});

	it('transcodes UTF-16BE (which duckdb-wasm reads as no rows) and reads the same leads', async () => {
		const le = readFileSync(path('hubspot-contacts-utf16.tsv'));
		const be = Buffer.from(le);
		be.swap16();
		const parsed = await readImportFile(engine, await sourceOf(engine, 'contacts-be.tsv', new Uint8Array(be)));
		expect(parsed.dialect).toMatchObject({ encoding: 'utf-16be', bom: true, transcoded: true, delimiter: '\t' });
		expect(parsed.read).toBe(3);
		expect(parsed.suggestion?.preset).toBe('hubspot-contacts');
	});
});

describe('Salesforce', () => {
	it('skips the report footer, reads $ amounts and M/D/YYYY dates, names the bad date', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('salesforce-opportunities.csv')));
		expect(parsed.skipped).toEqual({
			preamble: [],
			footer: [
				{ line: 10, text: '"Grand Totals (6 records)"' },
				{ line: 13, text: '"Confidential Information - Do Not Distribute"' },
				{ line: 14, text: '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."' }
			],
			blank: 3
		});
		expect(parsed.suggestion).toMatchObject({
			kind: 'deals',
			preset: 'salesforce-opportunities',
			columns: {
				deal_id: ['Opportunity ID'],
				account_name: ['Account Name'],
				stage: ['Stage'],
				created_at: ['Created Date'],
				closed_at: ['Close Date'],
				amount: ['Amount'],
				campaign: ['Lead Source'],
				owner: ['Opportunity Owner']
			},
			dateFormats: { 'Created Date': 'M/D/YYYY', 'Close Date': 'M/D/YYYY' },
			stages: { 'closed won': 'won', 'closed lost': 'lost', 'negotiation/review': 'open', prospecting: 'open', 'id. decision makers': 'open' }
		});
		const result = await importOne('salesforce-opportunities.csv');
		expect(counts(result)).toEqual({ kind: 'deals', preset: 'salesforce-opportunities', read: 6, loaded: 5, rejected: 1, superseded: 0, unknownAccount: 5 });
		expect(result.rejects).toEqual([
			{ line: 7, column: 'Close Date', reason: "column Close Date: '2/30/2026' is not a date in format M/D/YYYY", message: "line 7, column Close Date: '2/30/2026' is not a date in format M/D/YYYY" }
		]);
		const deals = await tableAsText(engine, 'deals', 'deal_id');
		expect(deals.map((d) => [d.deal_id, d.status, d.created_at, d.closed_at, d.amount, d.currency])).toEqual([
			['0065g00000AbCd1', 'won', '2025-11-03', '2026-01-12', '12000.0', 'USD'],
			['0065g00000AbCd2', 'open', '2025-12-01', null, '8500.5', 'USD'],
			['0065g00000AbCd3', 'lost', '2026-01-05', '2026-01-30', '-1200.0', null],
			['0065g00000AbCd4', 'open', '2026-01-20', null, '3250.0', 'USD'],
			['0065g00000AbCd6', 'open', '2026-02-02', null, '4000.0', 'USD']
		]);
		const csv = await rejectedRowsCsv(engine, result);
		expect(csv.split('\r\n')).toEqual([
			'line,column,message,Opportunity Owner,Account Name,Opportunity Name,Stage,Amount,Probability (%),Close Date,Created Date,Lead Source,Next Step,Opportunity ID,raw text',
			'7,Close Date,"line 7, column Close Date: \'2/30/2026\' is not a date in format M/D/YYYY",Lee Park,Vandelay Imports,Vandelay deal,Closed Won,"$20,000.00",100,2/30/2026,10/15/2025,Web,,0065g00000AbCd5,',
			''
		]);
	});
});

describe('Salesforce accounts keyed by name', () => {
	it('skips the report title and filter lines, keys accounts by name and resolves opportunities by account name', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('salesforce-accounts-report.csv')));
		expect(parsed.dialect).toMatchObject({ delimiter: ',', headerLine: 4, sniffer: 'fallback' });
		expect(parsed.skipped).toEqual({
			preamble: [
				{ line: 1, text: '"Accounts by Industry"' },
				{ line: 2, text: '"Filtered By: Type equals Customer, Prospect"' },
				{ line: 3, text: '' }
			],
			footer: [
				{ line: 9, text: '"Grand Totals (3 records)"' },
				{ line: 11, text: '"Confidential Information - Do Not Distribute"' },
				{ line: 12, text: '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."' }
			],
			blank: 2
		});
		expect(parsed.suggestion?.columns).toEqual({
			name: ['Account Name'],
			industry: ['Industry'],
			employees: ['Employees'],
			annual_revenue: ['Annual Revenue'],
			country: ['Billing Country'],
			created_at: ['Created Date']
		});
		const [accounts, deals] = await importFiles(engine, [await sourceOfFile(engine, path('salesforce-accounts-report.csv')), await sourceOfFile(engine, path('salesforce-opportunities.csv'))]);
		expect(counts(accounts)).toEqual({ kind: 'accounts', preset: 'salesforce-accounts', read: 3, loaded: 3, rejected: 0, superseded: 0, unknownAccount: 0 });
		expect(counts(deals)).toEqual({ kind: 'deals', preset: 'salesforce-opportunities', read: 6, loaded: 5, rejected: 1, superseded: 0, unknownAccount: 2 });
		expect((await tableAsText(engine, 'accounts', 'account_id')).map((a) => [a.account_id, a.name, a.employees, a.annual_revenue, a.created_at, a.account_owner])).toEqual([
			['Acme Analytics', 'Acme Analytics', '250', '12000000.0', '2023-03-02', 'Dana Whitfield'],
			['Globex Health', 'Globex Health', '1300', '85000000.0', '2023-05-02', 'Lee Park'],
			['Vandelay Imports', 'Vandelay Imports', '40', '2500000.0', '2024-11-20', 'Lee Park']
		]);
		expect((await tableAsText(engine, 'deals', 'deal_id')).map((d) => [d.deal_id, d.account_id])).toEqual([
			['0065g00000AbCd1', 'Acme Analytics'],
			['0065g00000AbCd2', 'Globex Health'],
			['0065g00000AbCd3', null],
			['0065g00000AbCd4', null],
			['0065g00000AbCd6', 'Acme Analytics']
		]);
	});
});

describe('Pipedrive', () => {
	it('reads en-dash headers, coalesces won/lost times, skips deleted deals and names a won deal without a date', async () => {
		const result = await importOne('pipedrive-deals.csv');
		expect(counts(result)).toEqual({ kind: 'deals', preset: 'pipedrive-deals', read: 5, loaded: 3, rejected: 2, superseded: 0, unknownAccount: 3 });
		expect(result.rejects.map((r) => r.message)).toEqual([
			"line 5, column Deal – Status: 'deleted' is a stage the mapping skips",
			'line 6, column Deal – Won time is empty but the deal is won'
		]);
		const deals = await tableAsText(engine, 'deals', 'deal_id');
		expect(deals.map((d) => [d.deal_id, d.status, d.created_at, d.closed_at, d.amount, d.currency, d.owner])).toEqual([
			['101', 'won', '2025-02-03', '2025-03-20', '15000.0', 'EUR', 'Dana Whitfield'],
			['102', 'lost', '2025-02-10', '2025-04-02', '7500.25', 'USD', 'Lee Park'],
			['103', 'open', '2025-03-01', null, '0.0', 'EUR', 'Lee Park']
		]);
	});
});

describe('European and BOM files', () => {
	it('reads semicolons, decimal commas, D.M.YYYY dates and euro amounts', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('eu-semicolon-deals.csv')));
		expect(parsed.dialect).toMatchObject({ delimiter: ';', encoding: 'utf-8', bom: false });
		expect(parsed.suggestion).toMatchObject({
			preset: 'generic-deals',
			dateFormats: { created_at: 'D.M.YYYY', closed_at: 'D.M.YYYY' },
			decimals: { amount: ',' }
		});
		const result = await importOne('eu-semicolon-deals.csv');
		expect(counts(result)).toEqual({ kind: 'deals', preset: 'generic-deals', read: 4, loaded: 4, rejected: 0, superseded: 0, unknownAccount: 4 });
		const deals = await tableAsText(engine, 'deals', 'deal_id');
		expect(deals.map((d) => [d.deal_id, d.status, d.created_at, d.closed_at, d.amount, d.currency])).toEqual([
			['EU-1', 'won', '2025-01-15', '2025-02-28', '12000.0', 'EUR'],
			['EU-2', 'lost', '2025-02-03', '2025-03-17', '1234.56', 'EUR'],
			['EU-3', 'open', '2025-03-20', null, '-500.0', 'EUR'],
			['EU-4', 'won', '2025-04-01', '2025-04-30', '7500.5', 'EUR']
		]);
	});

	it('reads a UTF-8 BOM + CRLF accounts file with non-ASCII names, lists and an extra column', async () => {
		const parsed = await readImportFile(engine, await sourceOfFile(engine, path('bom-accounts.csv')));
		expect(parsed.dialect).toMatchObject({ encoding: 'utf-8', bom: true, newline: '\r\n', sniffer: 'duckdb' });
		expect(parsed.headers[0]).toBe('account_id');
		expect(parsed.suggestion?.extraColumns).toEqual({ ownership: 'ownership' });
		const result = await importOne('bom-accounts.csv');
		expect(counts(result)).toEqual({ kind: 'accounts', preset: 'generic-accounts', read: 3, loaded: 3, rejected: 0, superseded: 0, unknownAccount: 0 });
		const accounts = await tableAsText(engine, 'accounts', 'account_id');
		expect(accounts.map((a) => [a.account_id, a.name, a.employees, a.annual_revenue, a.region, a.funding_stage, a.tech_stack, a.ownership])).toEqual([
			['A-001', 'Zürich Logistik AG', '1200', '48000000.0', 'Western Europe', 'Series C', '[Salesforce, SAP]', 'Private'],
			['A-002', 'Société Générale Tech', '800', null, 'Western Europe', 'Series B', '[HubSpot]', 'Private'],
			['A-003', 'São Paulo Saúde', '300', '9500000.0', 'Latin America', 'Series A', null, 'Government']
		]);
	});
});

describe('revenue, gzip and files no kind fits', () => {
	it("sums one file's subscriptions per account and month, from a gzip'd CSV too", async () => {
		const plain = await importOne('revenue-mrr.csv');
		expect(counts(plain)).toEqual({ kind: 'revenue', preset: 'generic-revenue', read: 5, loaded: 5, rejected: 0, superseded: 0, unknownAccount: 5 });
		expect(plain.warnings).toContain('1 row was added into another row of this file for the same account and month (MRR summed)');
		const expected = [
			['9876543210', '2025-01-01', '1000.0'],
			['9876543210', '2025-02-01', '1250.0'],
			['9876543213', '2025-01-01', '500.0'],
			['9999999999', '2025-01-01', '100.0']
		];
		const rows = async () => (await tableAsText(engine, 'revenue', 'account_id, month')).map((r) => [r.account_id, r.month, r.mrr]);
		expect(await rows()).toEqual(expected);
		await clearCanonicalTables(engine);
		const gz = new Uint8Array(gzipSync(readFileSync(path('revenue-mrr.csv'))));
		const [zipped] = await importFiles(engine, [await sourceOf(engine, 'revenue-mrr.csv.gz', gz)]);
		expect(counts(zipped)).toEqual(counts(plain));
		expect(await rows()).toEqual(expected);
	});

	it('lists a product list and a team roster as ignored, with the reason and the rows not loaded', async () => {
		const results = await importFiles(engine, [await sourceOfFile(engine, path('products.csv')), await sourceOfFile(engine, path('team-roster.csv'))]);
		expect(results.map((r) => [r.kind, r.read, r.ignoredRows, r.ignoredReason])).toEqual([
			[null, 0, 2, 'no column is an account, deal, revenue or lead field; its 2 rows are not loaded'],
			[
				null,
				0,
				2,
				'not an accounts, deals, revenue or leads table: closest is accounts (has Name; lacks a company attribute column (industry, employees, annual revenue, country, region, funding stage or tech stack)); its 2 rows are not loaded'
			]
		]);
	});
});

describe('a whole export folder', () => {
	it('loads every file in kind order, resolves accounts across files and joins an attribute table', async () => {
		const results = await loadExportFolder(engine, DIR, nodeParquetCodec());
		const byFile = Object.fromEntries(results.map((r) => [r.file, [r.kind, r.read, r.loaded, r.rejected, r.superseded, r.unknownAccount, r.ignoredRows]]));
		expect(byFile).toEqual({
			'account-ownership.csv': ['account_attributes', 4, 3, 1, 0, 0, 0],
			'bom-accounts.csv': ['accounts', 3, 3, 0, 0, 0, 0],
			'eu-semicolon-deals.csv': ['deals', 4, 4, 0, 0, 0, 0],
			'hubspot-companies.csv': ['accounts', 6, 5, 1, 1, 0, 0],
			'hubspot-contacts-utf16.tsv': ['leads', 3, 3, 0, 0, 1, 0],
			'hubspot-deals.csv': ['deals', 7, 7, 0, 1, 2, 0],
			'pipedrive-deals.csv': ['deals', 5, 3, 2, 0, 0, 0],
			'products.csv': [null, 0, 0, 0, 0, 0, 2],
			'revenue-mrr.csv': ['revenue', 5, 5, 0, 0, 1, 0],
			'salesforce-accounts-report.csv': ['accounts', 3, 3, 0, 0, 0, 0],
			'salesforce-opportunities.csv': ['deals', 6, 5, 1, 0, 0, 0],
			'team-roster.csv': [null, 0, 0, 0, 0, 0, 2]
		});
		expect(results.find((r) => r.file === 'account-ownership.csv')?.rejects.map((r) => r.message)).toEqual(["line 5, column Company ID: no account has the id or name '1234567890'"]);
		const accounts = await tableAsText(engine, 'accounts', 'account_id');
		expect(accounts.map((a) => [a.account_id, a.ownership, a.parent_company])).toEqual([
			['9876543210', 'Private', null],
			['9876543211', 'Public', 'Globex Holdings'],
			['9876543212', null, null],
			['9876543213', 'Non-profit', null],
			['A-001', 'Private', null],
			['A-002', 'Private', null],
			['A-003', 'Government', null],
			['Acme Analytics', null, null],
			['Globex Health', null, null],
			['Vandelay Imports', null, null]
		]);
		const counts = await tableAsText(engine, '(SELECT (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM revenue) AS revenue)', 'deals');
		expect(counts).toEqual([{ deals: '18', leads: '3', revenue: '4' }]);
		const byName = await tableAsText(engine, "(SELECT deal_id, account_id FROM deals WHERE deal_id IN ('0065g00000AbCd1', 'EU-2', '102'))", 'deal_id');
		expect(byName).toEqual([
			{ deal_id: '0065g00000AbCd1', account_id: '9876543210' },
			{ deal_id: '102', account_id: '9876543211' },
			{ deal_id: 'EU-2', account_id: '9876543212' }
		]);
	});
});
