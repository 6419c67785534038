import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDashboardState } from '../app/dashboardUrlState';
import { queryFilterOptions } from '../app/filterOptions';
import { resolvePeriod } from '../app/period';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import { installKpiViews } from '../kpis/installKpiViews';
import { setReportFilter } from '../kpis/reportFilter';
import { loadTestData, randomTestData } from '../kpis/testData';
import { queryWinRate } from '../kpis/winRate';
import { loadDetail } from './loadDetail';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, randomTestData(5));
	await installKpiViews(engine);
});
afterAll(() => engine.close());

describe('loadDetail', () => {
	it("sets the report filter from the URL state before running the page's query", async () => {
		const dashboard = { ...defaultDashboardState, period: 'last-quarter' as const, owner: 'bo' };
		let seenFilter: unknown[] = [];
		const model = await loadDetail(engine, await queryFilterOptions(engine), dashboard, async (e) => {
			seenFilter = tableRows(await e.query("SELECT strftime(from_month, '%Y-%m') AS f, strftime(to_month, '%Y-%m') AS t, owner FROM report_filter"));
			return queryWinRate(e);
		});
		const expected = resolvePeriod('last-quarter', model.options.data);
		expect(model.period).toEqual(expected);
		expect(seenFilter).toEqual([{ f: expected.from, t: expected.to, owner: 'bo' }]);
		expect(model.result.byMonth.map((m) => m.month)).toHaveLength(3);
		expect(model.settings.minSample).toBe(30);
	});

	it('returns what the query returns under that filter, and the previous period of equal length', async () => {
		const dashboard = { ...defaultDashboardState, segment: 'SMB' };
		const model = await loadDetail(engine, await queryFilterOptions(engine), dashboard, queryWinRate);
		await setReportFilter(engine, { fromMonth: model.period.from, toMonth: model.period.to, segment: 'SMB' });
		expect(model.result).toEqual(await queryWinRate(engine));
		expect(model.previous.to < model.period.from).toBe(true);
	});
});
