import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { nodeParquetCodec, openNodeEngine } from '../db/node';
import { installIcp } from '../icp/installIcp';
import { SAMPLE_TABLES } from '../sample/sampleArrow';
import type { SampleTruth } from '../sample/types';
import { runDriftChecks } from './queryDriftInputs';
import type { DriftReport } from './evaluateDrift';
import type { TriggerId } from './types';

const sampleDir = new URL('../../../data/sample/', import.meta.url);
const truth: SampleTruth = JSON.parse(readFileSync(new URL('truth.json', sampleDir), 'utf8'));
const icpJson: unknown = JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8'));

let db: Engine;
let report: DriftReport;

beforeAll(async () => {
	db = await openNodeEngine();
	const codec = nodeParquetCodec();
	for (const table of SAMPLE_TABLES) await db.insertArrowIPC(table, codec.parquetToArrowIPC(readFileSync(new URL(`${table}.parquet`, sampleDir))));
	const { definition } = await installIcp(db, icpJson);
	report = await runDriftChecks(db, { definition });
});
afterAll(() => db.close());

const trigger = (id: TriggerId) => report.triggers.find((t) => t.id === id)!;
const reviewMonths = (id: TriggerId) => trigger(id).series.filter((p) => p.status === 'review').map((p) => p.month);

describe('drift triggers on the bundled sample (data/sample, erosion and mix drift planted from 2025-07)', () => {
	it('puts the win rate at review inside the planted erosion, never before it', () => {
		const { startMonth, endMonth } = truth.erosion;
		const months = reviewMonths('win-rate');
		const winRate = trigger('win-rate');
		const cusum = winRate.kind === 'advantage' ? winRate.series.filter((p) => p.cusum !== null).map((p) => `${p.month} ${p.cusum!.toFixed(1)}`) : [];
		console.log(`win-rate: first review ${months[0]} (erosion ${startMonth}..${endMonth}); CUSUM: ${cusum.join(', ')}`);
		expect(months.length).toBeGreaterThan(0);
		expect(months[0] >= startMonth && months[0] <= endMonth).toBe(true);
		expect(trigger('win-rate')).toMatchObject({ status: 'review', firstFired: months[0] });
	});

	it('fires the mix triggers for new deals and leads after the planted mix drift starts, not before', () => {
		for (const id of ['mix-deals', 'mix-leads'] as const) {
			const months = reviewMonths(id);
			expect(months[0] >= truth.mixDrift.startMonth).toBe(true);
			expect(trigger(id).status).toBe('review');
			expect(trigger(id).firstFired).toBe(months[0]);
		}
	});

	it('leaves the advantages that were not eroded at ok', () => {
		for (const id of ['cycle-length', 'retention', 'cltv', 'campaign-conversion'] as const) expect(reviewMonths(id)).toEqual([]);
	});

	it('reports the ICP as overdue for its quarterly review, and a review as due', () => {
		expect(trigger('staleness')).toMatchObject({ status: 'review', icpVersion: '2', dueDate: '2023-04-01', firstFired: '2023-04' });
		expect(report.reviewDue).toBe(true);
		console.log(report.triggers.map((t) => `${t.id}: ${t.status}${t.firstFired ? ` since ${t.firstFired}` : ''}`).join('\n'));
	});
});
