import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { tableRows } from '../db/rows';
import { installKpiViews } from './installKpiViews';
import { readReportSettings, setReportFilter, setReportSettings, type Segment } from './reportFilter';
import { readReportFrame, readReportPeriods } from './reportPeriods';
import { loadTestData, randomTestData } from './testData';

let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, randomTestData(2, { accounts: 20, deals: 50, leads: 50 }));
	await installKpiViews(engine);
});
afterAll(() => engine.close());

describe('report filter and settings', () => {
	it('default to the whole data span and keep exactly one row', async () => {
		await setReportFilter(engine, {});
		await setReportFilter(engine, {});
		const [bounds] = tableRows<{ first: string; last: string }>(
			await engine.query("SELECT strftime(data_start_month, '%Y-%m') AS first, strftime(data_end_month, '%Y-%m') AS last FROM data_bounds")
		);
		const periods = await readReportPeriods(engine);
		expect(periods.current).toMatchObject({ from: bounds.first, to: bounds.last });
		expect(bounds.first).toBe('2023-01');
		expect(tableRows(await engine.query('SELECT count(*) AS n FROM report_filter'))).toEqual([{ n: 1 }]);
		await installKpiViews(engine);
		expect(tableRows(await engine.query('SELECT count(*) AS n FROM report_filter'))).toEqual([{ n: 1 }]);
	});

	it('bind filter values, so quotes in an owner name are data', async () => {
		await setReportFilter(engine, { fromMonth: '2024-02-17', toMonth: '2024-04', owner: "O'Brien'); DROP TABLE deals; --" });
		const [row] = tableRows(await engine.query("SELECT owner, strftime(from_month, '%Y-%m-%d') AS f FROM report_filter"));
		expect(row).toEqual({ owner: "O'Brien'); DROP TABLE deals; --", f: '2024-02-01' });
		expect((await readReportFrame(engine)).months).toEqual(['2024-02', '2024-03', '2024-04']);
		expect(await readReportPeriods(engine)).toMatchObject({ previous: { from: '2023-11', to: '2024-01', months: 3 } });
		expect(tableRows(await engine.query('SELECT count(*) AS n FROM deals_in_scope'))).toEqual([{ n: 0 }]);
	});

	it('keep customers_in_scope in step with the segment, also when only the period changes after it', async () => {
		const inScope = async () => tableRows<{ n: number }>(await engine.query('SELECT count(*) AS n FROM customers_in_scope'))[0].n;
		const [lifetimes] = tableRows<{ all: number; smb: number }>(
			await engine.query("SELECT count(*) AS all, count(*) FILTER (WHERE segment = 'SMB') AS smb FROM customer_lifetimes")
		);
		expect(lifetimes.smb).toBeGreaterThan(0);
		expect(lifetimes.smb).toBeLessThan(lifetimes.all);
		await setReportFilter(engine, { segment: 'SMB' });
		expect(await inScope()).toBe(lifetimes.smb);
		await setReportFilter(engine, { segment: 'SMB', fromMonth: '2024-01', toMonth: '2024-03' });
		expect(await inScope()).toBe(lifetimes.smb);
		await setReportFilter(engine, { fromMonth: '2024-01', toMonth: '2024-03' });
		expect(await inScope()).toBe(lifetimes.all);
	});

	it('reject malformed months, unknown segments and impossible settings, naming the field', async () => {
		await expect(setReportFilter(engine, { fromMonth: '2024-13' })).rejects.toThrow(/fromMonth/);
		await expect(setReportFilter(engine, { toMonth: 'March' })).rejects.toThrow(/toMonth/);
		await expect(setReportFilter(engine, { segment: 'Large' as Segment })).rejects.toThrow(/segment/);
		await expect(setReportSettings(engine, { confidence: 95 })).rejects.toThrow(/confidence/);
		await expect(setReportSettings(engine, { minSample: 0 })).rejects.toThrow(/minSample/);
	});

	it('merge partial settings into the stored ones', async () => {
		await setReportSettings(engine, { grossMargin: 0.65 });
		await setReportSettings(engine, { minSample: 12 });
		expect(await readReportSettings(engine)).toEqual({ minSample: 12, grossMargin: 0.65, confidence: 0.95, churnFloor: 0.005, cltvHorizonMonths: 60 });
	});
});
