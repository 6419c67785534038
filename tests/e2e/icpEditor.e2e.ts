import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import icp from '../../data/icp.json';
import { defaultDashboardState } from '../../src/lib/app/dashboardUrlState';
import { queryFilterOptions } from '../../src/lib/app/filterOptions';
import { reportFilterFromDashboard } from '../../src/lib/app/reportFilterFromDashboard';
import type { Engine } from '../../src/lib/db/engine';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { formatCount, formatPercent } from '../../src/lib/format/formatNumbers';
import { definitionToJson } from '../../src/lib/icp-editor/definitionFile';
import { removeCriterion, replaceCriterion } from '../../src/lib/icp-editor/draftEdits';
import { DEAL_TIERS, queryTierCounts } from '../../src/lib/icp-editor/tierCounts';
import { parseIcpDefinition } from '../../src/lib/icp/parseIcpDefinition';
import { TIERS, type IcpDefinition } from '../../src/lib/icp/types';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { queryWinRate } from '../../src/lib/kpis/winRate';
import { launchChromium } from './chromium';
import { openSampleEngine } from './nodeReference';
import { openApp, waitForData } from './openApp';

const parsed = parseIcpDefinition(icp);
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const bundled: IcpDefinition = parsed.definition;

/** What the UI edits below produce: version 2's employee range widened to 50–5,000 and its region must removed. */
const edited: IcpDefinition = removeCriterion(
	replaceCriterion(bundled, 1, 1, { name: '50-1,000 employees', field: 'employees', op: 'between', value: [50, 5000], kind: 'must' }),
	1,
	2
);

let browser: Browser;
let engine: Engine;

beforeAll(async () => {
	[browser, engine] = await Promise.all([launchChromium(), openSampleEngine()]);
});

afterAll(async () => {
	await browser?.close();
	await engine?.close();
});

async function openEditor(): Promise<Awaited<ReturnType<typeof openApp>>> {
	const app = await openApp(browser, '/icp');
	await waitForData(app.page);
	await app.page.waitForSelector('[data-testid="tier-counts"] table', { timeout: 90_000 });
	await app.page.waitForSelector('[data-testid="criterion-1-0"]', { timeout: 90_000 });
	return app;
}

/** Waits until at least `count` drafts were applied, the latest edit included, and the tier counts were computed after it. */
async function waitForApplied(page: Page, count: number): Promise<void> {
	await page.waitForFunction(
		(count) => {
			const status = document.querySelector<HTMLElement>('[data-testid="apply-status"]');
			const counts = document.querySelector<HTMLElement>('[data-testid="tier-counts"]');
			return (
				status?.dataset.status === 'applied' &&
				Number(status.dataset.appliedCount) >= count &&
				status.dataset.revision === counts?.dataset.revision &&
				!!counts?.querySelector('table')
			);
		},
		count,
		{ timeout: 90_000 }
	);
}

/** The tier-count cells as the page shows them, and as the Node engine computes them for `definition`. */
async function shownTierCounts(page: Page): Promise<Record<string, string>> {
	return page.$$eval('[data-testid^="tier-accounts-"], [data-testid^="tier-deals-"]', (cells) =>
		Object.fromEntries(cells.map((c) => [c.getAttribute('data-testid'), c.textContent?.trim() ?? '']))
	);
}

async function nodeTierCounts(definition: IcpDefinition): Promise<Record<string, string>> {
	await prepareDatabase(engine, definition);
	const counts = await queryTierCounts(engine);
	const cells: Record<string, string> = {};
	counts.accounts.forEach((v, i) => {
		for (const tier of TIERS) cells[`tier-accounts-${i}-${tier}`] = formatCount(v.byTier[tier]);
		cells[`tier-accounts-${i}-unknown`] = '';
		cells[`tier-accounts-${i}-icp`] = formatCount(v.byTier.A + v.byTier.B);
	});
	for (const tier of DEAL_TIERS) cells[`tier-deals-${tier}`] = formatCount(counts.deals[tier].deals);
	cells['tier-deals-icp'] = formatCount(counts.deals.A.deals + counts.deals.B.deals);
	return cells;
}

async function nodeIcpWinRate(definition: IcpDefinition): Promise<string> {
	await prepareDatabase(engine, definition);
	const options = await queryFilterOptions(engine);
	await setReportFilter(engine, reportFilterFromDashboard(defaultDashboardState, options.data));
	return formatPercent((await queryWinRate(engine)).period.icp.rate);
}

/** The UI edits `edited` describes, made in version 2 (the tab the editor opens on). */
async function editVersion2(page: Page): Promise<void> {
	const max = page.getByLabel('Maximum of 50-1,000 employees');
	await max.fill('5000');
	await max.press('Tab');
	await page.getByRole('button', { name: 'Remove criterion North America or Western Europe' }).click();
}

describe('ICP definition page', () => {
	it('applies an edited criterion to every panel: tier counts and the overview KPI card match the Node engine, offline', async () => {
		const before = await nodeTierCounts(bundled);
		const icpRateBefore = await nodeIcpWinRate(bundled);
		const { page, foreignRequests, consoleErrors } = await openEditor();
		expect(await shownTierCounts(page)).toEqual(before);

		await editVersion2(page);
		await waitForApplied(page, 1);
		const after = await nodeTierCounts(edited);
		expect(after['tier-accounts-1-A']).not.toBe(before['tier-accounts-1-A']);
		expect(await shownTierCounts(page)).toEqual(after);

		await page.getByRole('link', { name: 'Overview' }).click();
		const icpRateAfter = await nodeIcpWinRate(edited);
		expect(icpRateAfter).not.toBe(icpRateBefore);
		await expect.poll(() => page.textContent('[data-testid="kpi-win-rate-icp"]'), { timeout: 90_000 }).toBe(icpRateAfter);

		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('shows an error next to the criterion, saves, downloads and reloads the definition, and validates a loaded file', async () => {
		const { page, foreignRequests, consoleErrors } = await openEditor();
		await editVersion2(page);
		await waitForApplied(page, 1);

		const min = page.getByLabel('Minimum of 50-1,000 employees');
		await min.fill('6000');
		await min.press('Tab');
		await page.waitForSelector('[data-testid="apply-status"][data-status="invalid"]');
		expect(await page.textContent('[data-testid="criterion-1-1-errors"]')).toMatch(/"50-1,000 employees".*min ≤ max/);
		expect(await page.getByTestId('save-icp').isDisabled()).toBe(true);
		await min.fill('50');
		await min.press('Tab');
		await page.waitForSelector('[data-testid="apply-status"][data-status="applied"]');

		await page.getByTestId('save-icp').click();
		const stored = await page.evaluate(() => localStorage.getItem('icp-pulse:icp-definition'));
		expect(JSON.parse(stored ?? 'null')).toEqual(JSON.parse(definitionToJson(edited)));
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-icp').click()]);
		expect(download.suggestedFilename()).toBe('icp-mid-market-software-buyers.json');
		expect(readFileSync(await download.path(), 'utf8')).toBe(definitionToJson(edited));

		await page.reload();
		await waitForData(page);
		await page.waitForSelector('[data-testid="tier-counts"] table', { timeout: 90_000 });
		await page.waitForSelector('[data-testid="apply-status"][data-status="applied"]');
		expect(await page.textContent('[data-testid="apply-status"]')).toContain('saved in this browser');
		expect(await page.getByLabel('Maximum of 50-1,000 employees').inputValue()).toBe('5000');
		expect(await shownTierCounts(page)).toEqual(await nodeTierCounts(edited));

		const fileInput = page.getByTestId('load-icp-file');
		await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "x",') });
		expect(await page.textContent('[data-testid="load-errors"]')).toContain('broken.json is not valid JSON');
		await fileInput.setInputFiles({ name: 'icp.json', mimeType: 'application/json', buffer: readFileSync('data/icp.json') });
		await waitForApplied(page, 1);
		expect(await shownTierCounts(page)).toEqual(await nodeTierCounts(bundled));

		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});
});
