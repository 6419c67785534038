import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

export interface AppPage {
	page: Page;
	/** Every request to a host other than the app's own, which the app must never make. */
	foreignRequests: string[];
	consoleErrors: string[];
}

/** Opens a fresh page on the served app; any request off loopback is blocked and recorded. */
export async function openApp(browser: Browser, path = '/'): Promise<AppPage> {
	const baseUrl = inject('baseUrl');
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
	const page = await context.newPage();
	const foreignRequests: string[] = [];
	const consoleErrors: string[] = [];
	await page.route('**/*', (route) => {
		const { hostname } = new URL(route.request().url());
		if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
		foreignRequests.push(route.request().url());
		return route.abort();
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => consoleErrors.push(err.message));
	await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
	return { page, foreignRequests, consoleErrors };
}

export async function waitForData(page: Page): Promise<void> {
	await page.waitForSelector('[data-testid="app-ready"]', { timeout: 90_000 });
}
