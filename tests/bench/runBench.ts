// npm run bench: overview speed on the bundled sample in headless Chromium (median of 5 each).
//   1. data loaded → every overview card and chart drawn
//   2. right after it, a period change (to "All data", the most rows) → every card and chart redrawn
//   3. then a filter change (an owner) → every card and chart redrawn
//   4. Node: engine start, sample Parquet load, classification, the overview's queries (the engine the tests and commands use)
// Builds the app unless BENCH_SKIP_BUILD=1. Prints a table; never asserts a time.
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/chromium';
import { measureNodeLoad } from './nodeLoad';

const runs = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function drawn(): number | false {
	const cards = document.querySelector('[data-testid="kpi-cards"]');
	const chart = document.querySelector<HTMLElement>('[data-testid="chart-win-rate-by-month"]');
	const done =
		cards?.getAttribute('aria-busy') === 'false' &&
		cards.querySelectorAll("article").length >= 5 &&
		chart?.dataset.state === 'ready' &&
		chart.querySelector('canvas') !== null;
	return done ? performance.now() : false;
}

/** Sets a filter-bar select and times the change event → every card and chart drawn again. */
async function timeRedraw(page: Page, select: string, value: string): Promise<number> {
	const changedAt = await page.evaluate(
		([testId, v]) => {
			const element = document.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`)!;
			element.value = v;
			const t = performance.now();
			element.dispatchEvent(new Event('change', { bubbles: true }));
			return t;
		},
		[select, value]
	);
	await page.waitForFunction(() => document.querySelector('[data-testid="kpi-cards"]')?.getAttribute('aria-busy') === 'true', undefined, { polling: 'raf' });
	const redrawnAt = (await (await page.waitForFunction(drawn, undefined, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
	return redrawnAt - changedAt;
}

if (!process.env.BENCH_SKIP_BUILD) await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls!.local[0];
const browser = await launchChromium();
const firstDraw: number[] = [];
const redraw: number[] = [];
const periodRedraw: number[] = [];
const owners = ['Maya Chen', 'Jonas Becker', 'Priya Nair', "Liam O'Connor", 'Sofia Rossi'];

for (let i = 0; i < runs; i++) {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
	const page = await context.newPage();
	await page.goto(url);
	const drawnAt = (await (await page.waitForFunction(drawn, undefined, { polling: 'raf', timeout: 120_000 })).jsonValue()) as number;
	const readyAt = await page.evaluate(() => performance.getEntriesByName('pulse:data-ready')[0]?.startTime ?? NaN);
	firstDraw.push(drawnAt - readyAt);

	periodRedraw.push(await timeRedraw(page, 'filter-period', 'all'));
	redraw.push(await timeRedraw(page, 'filter-owner', owners[i]));
	await context.close();
}

await browser.close();
await server.close();
const node = await measureNodeLoad(runs);
const row = (name: string, xs: number[], target: string) => `| ${name} | ${Math.round(median(xs))} ms | ${xs.map(Math.round).join(', ')} | ${target} |`;
console.log(
	[
		'| measure | median of 5 | runs | target |',
		'|---|---|---|---|',
		row('browser: data loaded → overview drawn', firstDraw, '2000 ms'),
		row('browser: period change to All data → overview redrawn', periodRedraw, '300 ms'),
		row('browser: owner filter change → overview redrawn', redraw, '300 ms'),
		row('node: duckdb-wasm start', node.engineStart, '–'),
		row('node: sample Parquet → tables (parquet-wasm)', node.parquetLoad, '–'),
		row('node: classify + define views', node.classify, '–'),
		row('node: owner filter + overview queries', node.overviewOwner, '–'),
		row('node: All data + overview queries', node.overviewAll, '–')
	].join('\n')
);
