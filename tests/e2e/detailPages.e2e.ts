import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDashboardState, type DashboardState } from '../../src/lib/app/dashboardUrlState';
import { queryFilterOptions } from '../../src/lib/app/filterOptions';
import { reportFilterFromDashboard } from '../../src/lib/app/reportFilterFromDashboard';
import type { Engine } from '../../src/lib/db/engine';
import { formatMoney, formatPercent } from '../../src/lib/format/formatNumbers';
import { queryCampaigns } from '../../src/lib/kpis/campaigns';
import { queryCltv } from '../../src/lib/kpis/cltv';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { queryRetention } from '../../src/lib/kpis/retention';
import { querySalesCycle } from '../../src/lib/kpis/salesCycle';
import { queryWinRate } from '../../src/lib/kpis/winRate';
import { formatDays } from '../../src/lib/panels/formatEstimates';
import { launchChromium } from './chromium';
import { openSampleEngine } from './nodeReference';
import { openApp, waitForData, type AppPage } from './openApp';

let browser: Browser;
let engine: Engine;

beforeAll(async () => {
	[browser, engine] = await Promise.all([launchChromium(), openSampleEngine()]);
});

afterAll(async () => {
	await browser?.close();
	await engine?.close();
});

/** What the Node engine computes for the headline "ICP" figure of each page under a dashboard state. */
const headlines: Record<string, (e: Engine) => Promise<string>> = {
	'/win-rate': async (e) => formatPercent((await queryWinRate(e)).period.icp.rate),
	'/sales-cycle': async (e) => formatDays((await querySalesCycle(e)).period.icp.won.median),
	'/retention': async (e) => formatPercent((await queryRetention(e)).period.icp.logoRetention.rate),
	'/cltv': async (e) => formatMoney((await queryCltv(e)).period.icp.cltv.value),
	'/campaigns': async (e) => formatPercent((await queryCampaigns(e)).period.icp.leadToDeal.rate)
};

const charts: Record<string, string[]> = {
	'/win-rate': ['win-rate-by-month', 'amount-win-rate-by-month', 'win-rate-by-tier'],
	'/sales-cycle': ['won-cycle-by-month', 'lost-cycle-by-month', 'cycle-iqr', 'time-to-close'],
	'/retention': ['retention-summary', 'retention-by-month', 'cohorts-icp', 'cohorts-non-icp', 'customer-survival'],
	'/cltv': ['historical-cltv', 'predictive-cltv'],
	'/campaigns': ['funnel-steps', 'lead-to-deal-by-month', 'icp-share']
};

async function nodeHeadline(path: string, state: DashboardState): Promise<string> {
	const options = await queryFilterOptions(engine);
	await setReportFilter(engine, reportFilterFromDashboard(state, options.data));
	return headlines[path](engine);
}

/** Every chart of the page drawn on a canvas of real size, no panel still computing. */
async function expectChartsReady(page: Page, path: string): Promise<void> {
	await page.waitForSelector('[data-testid="detail-content"][data-updating="false"]', { timeout: 100_000 });
	for (const id of charts[path]) {
		const chart = `[data-testid="chart-${id}"]`;
		await page.waitForSelector(`${chart}[data-state="ready"] canvas`, { timeout: 30_000 });
		const width = await page.$eval(`${chart} canvas`, (c) => (c as HTMLCanvasElement).width);
		expect(width, id).toBeGreaterThan(300);
	}
}

/** The page's query has finished: every panel shows a chart, a table or a reason (not enough data, empty). */
async function expectPanelsSettled(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid="detail-content"][data-updating="false"]', { timeout: 100_000 });
	expect(await page.$$eval('figure[data-state="loading"], figure[data-state="error"]', (els) => els.length)).toBe(0);
}

/** Client-side navigation through the nav bar, which must keep the query string. */
async function navigate(page: Page, path: string): Promise<void> {
	const search = new URL(page.url()).search;
	const link = page.locator(`nav a[href$="${path.slice(1)}${search}"]`);
	await link.click();
	await page.waitForURL((url) => url.pathname.endsWith(path) && url.search === search);
}

describe('detail pages', () => {
	let app: AppPage;

	beforeAll(async () => {
		app = await openApp(browser, '/win-rate');
		await waitForData(app.page);
	});

	afterAll(async () => {
		await app?.page.context().close();
	});

	for (const path of Object.keys(charts)) {
		it(`${path}: draws every chart and shows the ICP headline the Node engine computes`, async () => {
			if (!app.page.url().endsWith(path)) await navigate(app.page, path);
			await expectChartsReady(app.page, path);
			const expected = await nodeHeadline(path, defaultDashboardState);
			expect(await app.page.textContent('[data-testid="headline-icp-value"]')).toBe(expected);
			expect(await app.page.$$eval('[data-testid^="chart-"][data-state="error"]', (els) => els.length)).toBe(0);
		});
	}

	it('/campaigns: the campaign table sorts from the keyboard', async () => {
		const page = app.page;
		if (!page.url().endsWith('/campaigns')) await navigate(page, '/campaigns');
		const table = page.locator('[data-testid="table-campaign-table"]');
		const header = table.locator('thead th', { hasText: 'ICP share' });
		await header.locator('button').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
		const column = await table.locator('thead th').allTextContents();
		const index = column.findIndex((text) => text.startsWith('ICP share'));
		const shares = (await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()).map((t) => Number.parseFloat(t));
		expect(shares.length).toBeGreaterThan(1);
		expect(shares).toEqual([...shares].sort((a, b) => b - a));
		await page.keyboard.press('Enter');
		await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
	});

	it('made no request off this machine and logged no error', () => {
		expect(app.foreignRequests).toEqual([]);
		expect(app.consoleErrors).toEqual([]);
	});
});

describe('detail pages with filters in the URL', () => {
	it('a shared link reproduces the filtered figures, and the nav bar carries the filters to the next page', async () => {
		const state: DashboardState = { ...defaultDashboardState, period: 'last-quarter', segment: 'SMB' };
		const { page, foreignRequests } = await openApp(browser, '/retention?period=last-quarter&segment=SMB');
		await waitForData(page);
		await expectPanelsSettled(page);
		expect(await page.textContent('[data-testid="headline-icp-value"]')).toBe(await nodeHeadline('/retention', state));
		expect(await page.inputValue('[data-testid="filter-segment"]')).toBe('SMB');

		await navigate(page, '/win-rate');
		await expectPanelsSettled(page);
		await expect.poll(() => page.textContent('[data-testid="headline-icp-value"]'), { timeout: 30_000 }).toBe(await nodeHeadline('/win-rate', state));
		expect(foreignRequests).toEqual([]);
		await page.context().close();
	});

	it('says "not enough data" where a group is below the minimum sample instead of drawing it', async () => {
		const options = await queryFilterOptions(engine);
		await setReportFilter(engine, reportFilterFromDashboard({ ...defaultDashboardState, period: 'last-quarter', segment: 'Enterprise' }, options.data));
		const expected = (await queryRetention(engine)).period;
		expect(expected.icp.logoRetention.enoughData).toBe(false);

		const { page } = await openApp(browser, '/retention?period=last-quarter&segment=Enterprise');
		await waitForData(page);
		await expectPanelsSettled(page);
		expect(await page.textContent('[data-testid="headline-icp-value"]')).toBe('Not enough data');
		expect(await page.textContent('[data-testid="headline-icp"]')).toContain(`n = ${expected.icp.cohortLogos} customers`);
		expect(await page.getAttribute('[data-testid="chart-retention-summary"]', 'data-state')).toBe('insufficient');
		await page.context().close();
	});
});
