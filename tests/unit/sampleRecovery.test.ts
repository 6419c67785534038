// The dashboard's SQL, run on the bundled sample data, recovers the values the generator planted
// and counted itself (data/sample/truth.json).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import icp from '../../data/icp.json';
import unrelatedIcp from '../fixtures/icp/unrelated-icp.json';
import wrongIcp from '../fixtures/icp/wrong-icp.json';
import type { Engine } from '../../src/lib/db/engine';
import { openNodeEngine } from '../../src/lib/db/node';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { tableRows } from '../../src/lib/db/rows';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { queryWinRate } from '../../src/lib/kpis/winRate';
import type { SampleTruth } from '../../src/lib/sample/types';
import { loadSampleParquet } from '../../src/lib/sample/writeSample';

const truth: SampleTruth = JSON.parse(readFileSync('data/sample/truth.json', 'utf8'));
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadSampleParquet(engine, 'data/sample');
	await prepareDatabase(engine, icp);
	await setReportFilter(engine, { fromMonth: truth.dataStart.slice(0, 7), toMonth: truth.dataEnd.slice(0, 7) });
});

describe('the bundled sample, through the SQL views', () => {
	it('loads every row of every table', async () => {
		const [counts] = tableRows(
			await engine.query(
				'SELECT (SELECT count(*) FROM accounts) AS accounts, (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM revenue) AS revenue, (SELECT count(*) FROM leads) AS leads'
			)
		);
		expect(counts).toEqual(truth.counts);
	});

	it('classifies accounts into the tiers the generator planted', async () => {
		const rows = tableRows<{ tier: string; n: number }>(await engine.query('SELECT tier, count(*) AS n FROM accounts_classified GROUP BY tier'));
		expect(Object.fromEntries(rows.map((r) => [r.tier, r.n]))).toEqual(truth.icp.tiers);
	});

	it('recovers won and lost counts and rates per ICP group, overall and every month', async () => {
		const { period, byMonth } = await queryWinRate(engine);
		expect({ won: period.icp.won, lost: period.icp.lost }).toEqual({ won: truth.winRate.all.icp.won, lost: truth.winRate.all.icp.lost });
		// The generator counts deals of unknown accounts as non-ICP; the dashboard shows them apart.
		expect(period.nonIcp.won + period.unknown.won).toBe(truth.winRate.all.nonIcp.won);
		expect(period.nonIcp.lost + period.unknown.lost).toBe(truth.winRate.all.nonIcp.lost);
		expect(period.icp.rate!).toBeCloseTo(truth.winRate.all.icp.rate ?? Number.NaN, 9);
		for (const month of truth.winRate.byMonth) {
			const got = byMonth.find((m) => m.month === month.month);
			expect(got && { won: got.icp.won, lost: got.icp.lost }, month.month).toEqual(month.icp);
			expect(got && { won: got.nonIcp.won + got.unknown.won, lost: got.nonIcp.lost + got.unknown.lost }, month.month).toEqual(month.nonIcp);
		}
	});

	it('shows the planted ICP advantage before the erosion and its decay after', async () => {
		await setReportFilter(engine, { fromMonth: truth.dataStart.slice(0, 7), toMonth: '2025-06' });
		const baseline = (await queryWinRate(engine)).period;
		await setReportFilter(engine, { fromMonth: truth.erosion.startMonth, toMonth: truth.dataEnd.slice(0, 7) });
		const erosion = (await queryWinRate(engine)).period;
		expect(baseline.icp.rate!).toBeCloseTo(truth.winRate.baseline.icp.rate ?? Number.NaN, 9);
		expect(erosion.icp.rate!).toBeCloseTo(truth.winRate.erosion.icp.rate ?? Number.NaN, 9);
		expect(baseline.advantage.low).toBeGreaterThan(0.15);
		expect(erosion.advantage.diff).toBeLessThan(baseline.advantage.diff! - 0.05);
	});
});

describe('the planted advantage belongs to the planted ICP', () => {
	it('disappears under a definition unrelated to it and reverses under a wrong one', async () => {
		await setReportFilter(engine, { fromMonth: truth.dataStart.slice(0, 7), toMonth: truth.dataEnd.slice(0, 7) });
		await prepareDatabase(engine, unrelatedIcp);
		const unrelated = (await queryWinRate(engine)).period.advantage;
		expect(Math.abs(unrelated.diff!)).toBeLessThan(0.02);
		expect(unrelated.low!).toBeLessThan(0);
		expect(unrelated.high!).toBeGreaterThan(0);
		await prepareDatabase(engine, wrongIcp);
		expect((await queryWinRate(engine)).period.advantage.high!).toBeLessThan(0);
		await prepareDatabase(engine, icp);
		expect((await queryWinRate(engine)).period.advantage.low!).toBeGreaterThan(0.15);
	});
});
