import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import defaultIcp from '../../data/icp.json';
import { loadExportFolder } from '../../src/cli/loadExportFolder';
import { defaultDashboardState } from '../../src/lib/app/dashboardUrlState';
import { queryFilterOptions } from '../../src/lib/app/filterOptions';
import { reportFilterFromDashboard } from '../../src/lib/app/reportFilterFromDashboard';
import type { Engine } from '../../src/lib/db/engine';
import { nodeParquetCodec, openNodeEngine } from '../../src/lib/db/node';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { tableRows } from '../../src/lib/db/rows';
import { toCsv } from '../../src/lib/export/toCsv';
import { formatPercent, formatPoints } from '../../src/lib/format/formatNumbers';
import type { ImportResult } from '../../src/lib/import/index';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { queryWinRate, type WinRatePeriod } from '../../src/lib/kpis/winRate';
import { loadSampleParquet } from '../../src/lib/sample/writeSample';
import { launchChromium } from './chromium';
import { openApp, waitForData } from './openApp';

const FIXTURES = join(process.cwd(), 'tests/fixtures/exports');
const fixture = (name: string) => join(FIXTURES, name);

let browser: Browser;
let dir: string;
/** The bundled sample written out as a HubSpot companies + deals export pair (with two custom properties). */
let hubspot: { companies: string; deals: string };
let hubspotWinRate: WinRatePeriod;
/** Deals and accounts of the sample, which the HubSpot pair holds too. */
let hubspotDeals: number;
let hubspotAccounts: number;
let fixtureResults: ImportResult[];

async function writeHubSpotExport(): Promise<void> {
	const engine = await openNodeEngine();
	try {
		await loadSampleParquet(engine, 'data/sample');
		const accounts = tableRows(
			await engine.query(
				`SELECT account_id, name, industry, employees, annual_revenue, country, region, funding_stage, array_to_string(tech_stack, ';') AS tech, strftime(created_at, '%Y-%m-%d %H:%M') AS created, ownership FROM accounts ORDER BY account_id`
			)
		);
		const deals = tableRows(
			await engine.query(
				`SELECT deal_id, account_id, status, strftime(closed_at, '%Y-%m-%d %H:%M') AS closed, strftime(created_at, '%Y-%m-%d %H:%M') AS created, amount, campaign, owner FROM deals ORDER BY deal_id`
			)
		);
		const stage = (status: unknown) => (status === 'won' ? 'Closed Won' : status === 'lost' ? 'Closed Lost' : 'Contract Sent');
		await mkdir(join(dir, 'hubspot'));
		await writeFile(
			hubspot.companies,
			toCsv(
				['Record ID', 'Company name', 'Industry', 'Number of Employees', 'Annual Revenue', 'Country/Region', 'Region', 'Funding Stage', 'Web Technologies', 'Create Date', 'Ownership'],
				accounts.map((a) => [a.account_id, a.name, a.industry, a.employees, a.annual_revenue, a.country, a.region, a.funding_stage, a.tech, a.created, a.ownership] as (string | number | null)[])
			)
		);
		await writeFile(
			hubspot.deals,
			toCsv(
				['Record ID', 'Deal Name', 'Deal Stage', 'Close Date', 'Create Date', 'Amount', 'Associated Company IDs (Primary)', 'Deal owner', 'Pipeline', 'Original Traffic Source'],
				deals.map((d) => [d.deal_id, `Deal ${d.deal_id}`, stage(d.status), d.status === 'open' ? null : d.closed, d.created, d.amount, d.account_id, d.owner, 'Sales Pipeline', d.campaign] as (string | number | null)[])
			)
		);
	} finally {
		await engine.close();
	}
}

/** What the Node engine makes of a folder of exports: the same pipeline, views and default period. */
async function nodeImport(folder: string, definition: unknown | null): Promise<{ engine: Engine; results: ImportResult[] }> {
	const engine = await openNodeEngine();
	const results = await loadExportFolder(engine, folder, nodeParquetCodec());
	if (definition) await prepareDatabase(engine, definition);
	return { engine, results };
}

async function nodeWinRate(engine: Engine): Promise<WinRatePeriod> {
	const options = await queryFilterOptions(engine);
	await setReportFilter(engine, reportFilterFromDashboard(defaultDashboardState, options.data));
	return (await queryWinRate(engine)).period;
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pulse-data-e2e-'));
	hubspot = { companies: join(dir, 'hubspot', 'companies.csv'), deals: join(dir, 'hubspot', 'deals.csv') };
	browser = await launchChromium();
	await writeHubSpotExport();
	const reference = await nodeImport(join(dir, 'hubspot'), defaultIcp);
	hubspotWinRate = await nodeWinRate(reference.engine);
	const [counts] = tableRows(await reference.engine.query('SELECT (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM accounts) AS accounts'));
	hubspotDeals = Number(counts.deals);
	hubspotAccounts = Number(counts.accounts);
	await reference.engine.close();

	await mkdir(join(dir, 'fixtures'));
	for (const name of ['hubspot-companies.csv', 'hubspot-deals.csv', 'products.csv']) await writeFile(join(dir, 'fixtures', name), await readFile(fixture(name)));
	const fixtures = await nodeImport(join(dir, 'fixtures'), null);
	fixtureResults = fixtures.results;
	await fixtures.engine.close();
});

afterAll(async () => {
	await browser?.close();
	if (dir) await rm(dir, { recursive: true, force: true });
});

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

/** The accounting table's numbers for a file, as the page shows them. */
async function accountingOf(page: Page, file: string) {
	const row = `[data-testid="import-done"] [data-testid="accounting-row"][data-file="${file}"]`;
	const cell = async (col: string) => Number((await text(page, `${row} [data-col="${col}"]`)).replace(/,/g, ''));
	return {
		status: await page.getAttribute(row, 'data-status'),
		read: await cell('read'),
		loaded: await cell('loaded'),
		rejected: await cell('rejected'),
		superseded: await cell('superseded'),
		unknownAccount: await cell('unknown-account'),
		ignoredRows: await cell('ignored')
	};
}

async function dropFiles(page: Page, paths: string[]): Promise<void> {
	await page.setInputFiles('[data-testid="file-input"]', paths);
	await page.waitForSelector('[data-testid="import"][data-phase="review"]', { timeout: 90_000 });
}

async function loadReviewed(page: Page): Promise<void> {
	await page.click('[data-testid="load-import"]');
	await page.waitForSelector('[data-testid="import"][data-phase="done"]', { timeout: 120_000 });
}

describe('data page', () => {
	it('takes a HubSpot export pair, shows the KPIs the Node engine computes from the same files, and keeps them across a reload, offline', async () => {
		const { page, foreignRequests, consoleErrors } = await openApp(browser, '/data');
		await waitForData(page);
		expect(await page.getAttribute('[data-testid="dataset-summary"]', 'data-source')).toBe('sample');

		await dropFiles(page, [hubspot.companies, hubspot.deals]);
		const companies = '[data-testid="review-file-0"]';
		const deals = '[data-testid="review-file-1"]';
		expect(await page.getAttribute(companies, 'data-kind')).toBe('accounts');
		expect(await page.inputValue(`${companies} [data-testid="preset-select"]`)).toBe('hubspot-companies');
		expect(await page.inputValue(`${companies} [data-testid="map-region"]`)).toBe('Region');
		expect(await page.getAttribute(deals, 'data-kind')).toBe('deals');
		expect(await page.inputValue(`${deals} [data-testid="preset-select"]`)).toBe('hubspot-deals');
		expect(await page.inputValue(`${deals} [data-testid="map-stage"]`)).toBe('Deal Stage');
		expect(await page.textContent(`${deals} [data-field="deal_id"] .samples`)).toMatch(/D-\d{6}/);
		expect(await page.inputValue(`${deals} [data-stage="Closed Won"] select`)).toBe('won');
		expect(await page.inputValue(`${deals} [data-stage="Contract Sent"] select`)).toBe('open');

		await loadReviewed(page);
		expect(await accountingOf(page, 'deals.csv')).toEqual({ status: 'loaded', read: hubspotDeals, loaded: hubspotDeals, rejected: 0, superseded: 0, unknownAccount: expect.any(Number), ignoredRows: 0 });
		expect(await text(page, '[data-testid="count-deals"]')).toBe(hubspotDeals.toLocaleString('en-US'));
		expect(await page.locator('[data-testid="icp-problem"]').count()).toBe(0);

		await page.click('text=See the overview');
		await page.waitForSelector('[data-testid="kpi-win-rate-icp"]', { timeout: 90_000 });
		const shown = async () => [await text(page, '[data-testid="kpi-win-rate-icp"]'), await text(page, '[data-testid="kpi-win-rate-non-icp"]'), await text(page, '[data-testid="kpi-win-rate-advantage"]')];
		const expected = [formatPercent(hubspotWinRate.icp.rate), formatPercent(hubspotWinRate.nonIcp.rate), formatPoints(hubspotWinRate.advantage.diff)];
		expect(await shown()).toEqual(expected);

		await page.reload();
		await waitForData(page);
		await page.waitForSelector('[data-testid="kpi-win-rate-icp"]', { timeout: 90_000 });
		expect(await shown()).toEqual(expected);

		await page.click('nav >> text=Data');
		await page.waitForSelector('[data-testid="dataset-summary"][data-source="snapshots"]');
		expect(await text(page, '[data-testid="count-deals"]')).toBe(hubspotDeals.toLocaleString('en-US'));
		expect(await page.locator('[data-testid="snapshot"]').count()).toBe(1);
		expect(await text(page, '[data-testid="snapshot-counts"]')).toContain(`${(hubspotDeals + hubspotAccounts).toLocaleString('en-US')} rows loaded from 2 files`);

		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('accounts for every row, lists an unfit file as ignored, exports rejected rows, remembers a mapping, and goes back to the sample', async () => {
		const { page, foreignRequests } = await openApp(browser, '/data');
		await waitForData(page);
		await dropFiles(page, [fixture('hubspot-companies.csv'), fixture('hubspot-deals.csv'), fixture('products.csv')]);
		const products = '[data-testid="review-file-2"]';
		expect(await page.getAttribute(products, 'data-kind')).toBe('auto');
		expect(await text(page, `${products} [data-testid="detected"]`)).toContain('No table kind fits');
		await page.selectOption('[data-testid="review-file-1"] [data-stage="Contract Sent"] select', 'lost');

		await loadReviewed(page);
		for (const expected of fixtureResults) {
			const { file, read, loaded, rejected, superseded, unknownAccount, ignoredRows } = expected;
			expect(await accountingOf(page, file)).toEqual({ status: expected.kind === null ? 'ignored' : 'loaded', read, loaded, rejected, superseded, unknownAccount, ignoredRows });
		}
		const companies = await accountingOf(page, 'hubspot-companies.csv');
		expect(companies.read).toBe(companies.loaded + companies.rejected);
		expect(await text(page, '[data-testid="import-done"] [data-testid="accounting-detail"][data-file="products.csv"]')).toContain('Ignored: no column is an account, deal, revenue or lead field');
		expect(await text(page, '[data-testid="icp-problem"]')).toContain('ownership');

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="import-done"] [data-testid="accounting-detail"][data-file="hubspot-companies.csv"] [data-testid="download-rejects"]')]);
		expect(basename(download.suggestedFilename())).toBe('hubspot-companies-rejected-rows.csv');
		const csv = await readFile((await download.path()) as string, 'utf8');
		const lines = csv.trim().split(/\r\n/);
		expect(lines).toHaveLength(2);
		expect(lines[0].startsWith('line,column,message,')).toBe(true);
		expect(lines[1].startsWith('7,Annual Revenue,')).toBe(true);
		expect(lines[1]).toContain("'n/a'");

		await page.click('text=Import more files');
		await dropFiles(page, [fixture('hubspot-deals.csv')]);
		await page.waitForSelector('[data-testid="review-file-0"] [data-testid="remembered"]');
		expect(await page.inputValue('[data-testid="review-file-0"] [data-stage="Contract Sent"] select')).toBe('lost');
		await loadReviewed(page);
		expect(await page.locator('[data-testid="snapshot"]').count()).toBe(2);

		await page.click('[data-testid="snapshot"]:last-child [data-testid="remove-snapshot"]');
		await page.click('[data-testid="confirm-remove"]');
		await expect.poll(() => page.locator('[data-testid="snapshot"]').count(), { timeout: 60_000 }).toBe(1);
		await page.waitForSelector('[data-testid="dataset-busy"]', { state: 'detached', timeout: 60_000 });

		await page.click('[data-testid="clear-snapshots"]');
		await page.click('[data-testid="confirm-clear"]');
		await page.waitForSelector('[data-testid="dataset-summary"][data-source="sample"]', { timeout: 60_000 });
		await page.waitForSelector('[data-testid="dataset-busy"]', { state: 'detached', timeout: 60_000 });
		expect(await text(page, '[data-testid="count-deals"]')).toBe(hubspotDeals.toLocaleString('en-US'));
		await page.reload();
		await waitForData(page);
		await page.waitForSelector('[data-testid="dataset-summary"][data-source="sample"]');
		expect(await page.locator('[data-testid="snapshot"]').count()).toBe(0);
		expect(foreignRequests).toEqual([]);
		await page.context().close();
	});
});
