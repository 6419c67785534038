import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import icp from '../../data/icp.json';
import type { Engine } from '../../src/lib/db/engine';
import type { DriftReport } from '../../src/lib/drift/evaluateDrift';
import { runDriftChecks } from '../../src/lib/drift/queryDriftInputs';
import { parseReviewLog } from '../../src/lib/drift/reviewLog';
import { parseIcpDefinition } from '../../src/lib/icp/parseIcpDefinition';
import { launchChromium } from './chromium';
import { openSampleEngine } from './nodeReference';
import { openApp, waitForData } from './openApp';

let browser: Browser;
let engine: Engine;
let expected: DriftReport;

beforeAll(async () => {
	[browser, engine] = await Promise.all([launchChromium(), openSampleEngine()]);
	const parsed = parseIcpDefinition(icp);
	if (!parsed.ok) throw new Error('data/icp.json does not parse');
	expected = await runDriftChecks(engine, { definition: parsed.definition });
});

afterAll(async () => {
	await browser?.close();
	await engine?.close();
});

const waitForTriggers = (page: import('playwright-core').Page) => page.waitForSelector('[data-testid="trigger-table"]', { timeout: 120_000 });

describe('review page', () => {
	it('shows every trigger at the status the Node engine computes, the win rate at review since the same month, offline', async () => {
		const { page, foreignRequests, consoleErrors } = await openApp(browser, '/review');
		await waitForData(page);
		await waitForTriggers(page);
		const winRate = expected.triggers.find((t) => t.id === 'win-rate')!;
		expect(winRate.status).toBe('review');
		expect(await page.textContent('[data-testid="trigger-status-win-rate"] [data-status]')).toContain('review');
		expect(await page.textContent('[data-testid="trigger-first-fired-win-rate"]')).toBe(winRate.firstFired);
		for (const trigger of expected.triggers) {
			expect(await page.getAttribute(`[data-testid="trigger-row-${trigger.id}"]`, 'data-status'), trigger.id).toBe(trigger.status);
			expect(await page.textContent(`[data-testid="trigger-first-fired-${trigger.id}"]`), trigger.id).toBe(trigger.firstFired ?? '–');
		}
		await page.waitForSelector('[data-testid="chart-trigger-win-rate"][data-state="ready"] canvas');
		expect(await page.textContent('[data-testid="chart-trigger-win-rate"] h3')).toBe(`Win-rate advantage: review since ${winRate.firstFired}`);
		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('shows the review banner on the overview while a trigger at review is unacknowledged', async () => {
		const { page, foreignRequests } = await openApp(browser, '/');
		await waitForData(page);
		const banner = await page.waitForSelector('[data-testid="review-banner"]', { timeout: 120_000 });
		expect(await banner.getAttribute('data-tone')).toBe('due');
		expect(await banner.textContent()).toContain(`Win-rate advantage (since ${expected.triggers.find((t) => t.id === 'win-rate')!.firstFired})`);
		expect(await banner.isVisible()).toBe(true);
		expect(foreignRequests).toEqual([]);
		await page.context().close();
	});

	it('keeps an acknowledgement with its note across a reload, and exports it as a valid review log', async () => {
		const { page, foreignRequests, consoleErrors } = await openApp(browser, '/review');
		await waitForData(page);
		await waitForTriggers(page);
		const note = 'Price war in Q4 <b>not</b> an ICP problem; revisit in March.';

		await page.click('[data-testid="acknowledge-win-rate"]');
		await page.waitForSelector('dialog[open] textarea:focus');
		await page.keyboard.press('Escape');
		await page.waitForSelector('dialog[open]', { state: 'detached' });
		expect(await page.$('[data-testid="trigger-ack-win-rate"]')).toBeNull();

		await page.click('[data-testid="acknowledge-win-rate"]');
		await page.getByLabel('Note').fill(note);
		await page.click('[data-testid="note-confirm"]');
		await page.waitForSelector('[data-testid="trigger-ack-win-rate"]');

		await page.reload();
		await waitForData(page);
		const ack = await page.waitForSelector('[data-testid="trigger-ack-win-rate"]', { timeout: 120_000 });
		expect(await ack.textContent()).toContain(note);
		expect(await page.$('[data-testid="acknowledge-win-rate"]')).toBeNull();
		expect(await page.textContent('[data-testid="review-banner"]')).not.toContain('Win-rate advantage');

		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-log"]')]);
		const log = parseReviewLog(await readFile((await download.path())!, 'utf8'));
		const winRate = expected.triggers.find((t) => t.id === 'win-rate')!;
		expect(log.entries).toEqual([expect.objectContaining({ kind: 'acknowledge', trigger: 'win-rate', note, status: 'review', episodeStart: winRate.episodeStart })]);
		expect(foreignRequests).toEqual([]);
		expect(consoleErrors).toEqual([]);
		await page.context().close();
	});

	it('refuses an invalid log file with the reasons, and a recorded ICP re-review clears staleness', async () => {
		const { page } = await openApp(browser, '/review');
		await waitForData(page);
		await waitForTriggers(page);
		await page.setInputFiles('[data-testid="import-log-file"]', {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify({ format: 'icp-pulse-review-log', version: 1, entries: [{ kind: 'icp-reviewed', id: 'r1', at: 'last week', note: '', icpVersion: null }] }))
		});
		const errors = await page.waitForSelector('[data-testid="import-errors"]');
		expect(await errors.textContent()).toContain('/entries/0/at');
		expect(await page.$$('[data-testid="log-entry"]')).toHaveLength(0);

		expect(await page.getAttribute('[data-testid="trigger-row-staleness"]', 'data-status')).toBe('review');
		await page.click('[data-testid="record-icp-review"]');
		await page.click('[data-testid="note-confirm"]');
		await expect.poll(() => page.getAttribute('[data-testid="trigger-row-staleness"]', 'data-status'), { timeout: 30_000 }).toBe('ok');
		expect(await page.$$('[data-testid="log-entry"][data-kind="icp-reviewed"]')).toHaveLength(1);
		await page.context().close();
	});
});
