import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDashboardState } from '../../src/lib/app/dashboardUrlState';
import { queryFilterOptions } from '../../src/lib/app/filterOptions';
import { reportFilterFromDashboard } from '../../src/lib/app/reportFilterFromDashboard';
import type { Engine } from '../../src/lib/db/engine';
import { formatMoney, formatPercent, formatPoints } from '../../src/lib/format/formatNumbers';
import type { PulseReport } from '../../src/lib/report/buildReport';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { queryWinRate } from '../../src/lib/kpis/winRate';
import { launchChromium } from './chromium';
import { openSampleEngine } from './nodeReference';
import { openApp, waitForData } from './openApp';

let browser: Browser;
let engine: Engine;

beforeAll(async () => {
	[browser, engine] = await Promise.all([launchChromium(), openSampleEngine()]);
});

afterAll(async () => {
	await browser?.close();
	await engine?.close();
});

async function nodeWinRate(owner: string | null = null) {
	const options = await queryFilterOptions(engine);
	await setReportFilter(engine, reportFilterFromDashboard({ ...defaultDashboardState, owner }, options.data));
	return (await queryWinRate(engine)).period;
}

describe('overview page', () => {
	it('loads the sample, draws the win-rate chart and shows the numbers the Node engine computes, offline', async () => {
		const { page, foreignRequests, consoleErrors } = await openApp(browser, '/');
		await waitForData(page);
		await page.waitForSelector('[data-testid="chart-win-rate-by-month"][data-state="ready"] canvas');
		const expected = await nodeWinRate();
		expect(await page.textContent('[data-testid="kpi-win-rate-icp"]')).toBe(formatPercent(expected.icp.rate));
		expect(await page.textContent('[data-testid="kpi-win-rate-non-icp"]')).toBe(formatPercent(expected.nonIcp.rate));
		expect(await page.textContent('[data-testid="kpi-win-rate-advantage"]')).toBe(formatPoints(expected.advantage.diff));
		const canvasSize = await page.$eval('[data-testid="chart-win-rate-by-month"] canvas', (c) => (c as HTMLCanvasElement).width);
		expect(canvasSize).toBeGreaterThan(300);
		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('puts a filter in the URL, and the link reproduces the filtered numbers', async () => {
		const { page } = await openApp(browser, '/');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kpi-win-rate-icp"]');
		const owner = "Liam O'Connor";
		await page.selectOption('[data-testid="filter-owner"]', owner);
		await page.waitForURL((url) => url.searchParams.get('owner') === owner);
		const expected = await nodeWinRate(owner);
		await expect.poll(() => page.textContent('[data-testid="kpi-win-rate-icp"]'), { timeout: 30_000 }).toBe(formatPercent(expected.icp.rate));
		const link = page.url();
		await page.context().close();

		const shared = await openApp(browser, new URL(link).pathname + new URL(link).search);
		await waitForData(shared.page);
		await expect.poll(() => shared.page.textContent('[data-testid="kpi-win-rate-icp"]'), { timeout: 30_000 }).toBe(formatPercent(expected.icp.rate));
		expect(await shared.page.inputValue('[data-testid="filter-owner"]')).toBe(owner);
		await shared.page.context().close();
	});
});

describe('report command', () => {
	it('prints the numbers the overview shows for the same period', async () => {
		const options = await queryFilterOptions(engine);
		const { fromMonth, toMonth } = reportFilterFromDashboard(defaultDashboardState, options.data);
		const { stdout } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', '--import', './src/cli/registerRawImports.js', 'src/cli/report.ts', '--data', 'data/sample', '--from', fromMonth, '--to', toMonth],
			{ maxBuffer: 16 * 1024 * 1024 }
		);
		const report: PulseReport = JSON.parse(stdout);
		expect(report.rows.filter((r) => r.kind !== 'ignored').every((r) => r.read === r.loaded + r.rejected)).toBe(true);

		const { page } = await openApp(browser, '/');
		await waitForData(page);
		await page.waitForSelector('[data-testid="kpi-campaigns-icp"]');
		const text = (id: string) => page.textContent(`[data-testid="${id}"]`);
		expect(await text('kpi-win-rate-icp')).toBe(formatPercent(report.winRate.icp.rate));
		expect(await text('kpi-win-rate-advantage')).toBe(formatPoints(report.winRate.advantage.diff));
		expect(await text('kpi-sales-cycle-icp')).toBe(`${Math.round(report.salesCycleDays.icp.median!)} d`);
		expect(await text('kpi-retention-non-icp')).toBe(formatPercent(report.retention.nonIcp.logoRetention));
		expect(await text('kpi-cltv-icp')).toBe(formatMoney(report.cltv.icp.cltv));
		await page.context().close();
	});
});
