import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { installIcp } from '../icp/installIcp';
import { generateSample } from '../sample/generateSample';
import { loadSampleIntoEngine } from '../sample/loadSample';
import canonicalTablesSql from '../sql/model/canonical_tables.sql?raw';
import { driftInputsReference } from './driftInputsReference';
import type { DriftInputs } from './inputs';
import { queryDriftInputs } from './queryDriftInputs';

const icpJson: unknown = JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8'));

let db: Engine;
beforeAll(async () => {
	db = await openNodeEngine();
});
afterAll(() => db.close());

/** Row order is not part of the contract; sums of money are compared to the cent. */
function canonical(inputs: DriftInputs): Record<string, unknown> {
	const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
	return {
		span: inputs.span,
		winLoss: sorted(inputs.winLoss),
		wonCycles: sorted(inputs.wonCycles),
		logoRetention: sorted(inputs.logoRetention),
		customerMonths: sorted(inputs.customerMonths.map((r) => ({ ...r, mrrSum: Math.round(r.mrrSum * 100), mrrSumSquares: Math.round(r.mrrSumSquares / 1e4) }))),
		leadConversion: sorted(inputs.leadConversion),
		pipelineMix: sorted(inputs.pipelineMix)
	};
}

describe('drift SQL (src/lib/sql/drift) against the plain-TypeScript reference', () => {
	it.each([
		{ seed: 101, scale: 0.05, erosion: true, mixDrift: true },
		{ seed: 102, scale: 0.1, erosion: false, mixDrift: false },
		{ seed: 103, scale: 0.05, erosion: false, mixDrift: true }
	])('gives the same monthly aggregates on generated history %o', async (options) => {
		const data = generateSample(options);
		await loadSampleIntoEngine(db, data);
		const { definition } = await installIcp(db, icpJson);
		const sql = await queryDriftInputs(db, 90);
		expect(sql.winLoss.length).toBeGreaterThan(60);
		expect(canonical(sql)).toEqual(canonical(driftInputsReference(data, definition, 90)));
	});

	it('follows the definitions on a hand-made history', async () => {
		await db.exec('DROP TABLE IF EXISTS accounts; DROP TABLE IF EXISTS deals; DROP TABLE IF EXISTS revenue; DROP TABLE IF EXISTS leads;');
		await db.exec(canonicalTablesSql);
		await db.exec('ALTER TABLE accounts ADD COLUMN ownership VARCHAR');
		await db.exec(`
			INSERT INTO accounts (account_id, industry, employees, region, tech_stack, funding_stage, annual_revenue, ownership) VALUES
				('icp', 'Software', 200, 'North America', ['Salesforce'], 'Series C', 1e7, 'Private'),
				('other', 'Retail', 20, 'APAC', [], 'Seed', 1e5, 'Private');
			INSERT INTO deals (deal_id, account_id, created_at, closed_at, status) VALUES
				('d1', 'icp', DATE '2024-01-10', DATE '2024-02-09', 'won'),
				('d2', 'icp', DATE '2024-01-15', DATE '2024-02-20', 'lost'),
				('d3', 'other', DATE '2024-01-20', DATE '2024-02-25', 'won'),
				('d4', 'ghost', DATE '2024-02-01', DATE '2024-02-28', 'lost'),
				('d5', 'icp', DATE '2024-06-01', NULL, 'open');
			INSERT INTO revenue (account_id, month, mrr) VALUES
				('icp', DATE '2024-02-01', 100), ('icp', DATE '2024-03-01', 100), ('icp', DATE '2025-02-01', 120),
				('other', DATE '2024-02-01', 50), ('other', DATE '2024-03-01', 0), ('other', DATE '2025-03-01', 10),
				('ghost', DATE '2024-02-01', 10), ('ghost', DATE '2024-02-01', 5);
			INSERT INTO leads (lead_id, account_id, created_at, deal_id) VALUES
				('l1', 'icp', DATE '2024-01-01', 'd1'),
				('l2', 'icp', DATE '2024-01-02', 'd5'),
				('l3', 'other', DATE '2024-01-05', 'd-missing'),
				('l4', NULL, DATE '2024-01-06', NULL),
				('l5', 'ghost', DATE '2024-01-07', NULL);
		`);
		await installIcp(db, icpJson);
		const inputs = await queryDriftInputs(db, 90);
		// closed cycles 30, 36, 36, 27 days → type-7 90th percentile 36
		expect(inputs.span).toEqual({ firstMonth: '2024-01', lastMonth: '2025-03', lastDate: '2025-03-01', cycleP90Days: 36 });
		expect(canonical(inputs).winLoss).toEqual(
			[
				{ month: '2024-02', isIcp: false, won: 1, lost: 1 },
				{ month: '2024-02', isIcp: true, won: 1, lost: 1 }
			].map((r) => JSON.stringify(r))
		);
		expect(inputs.wonCycles.find((r) => r.isIcp)).toEqual({ month: '2024-02', isIcp: true, cycleDays: [30] });
		// icp paid in 2024-02 and again in 2025-02: retained; 'other' (non-ICP) paid 2024-02, not 2025-02; 'ghost' sums to 15 in 2024-02
		expect(inputs.logoRetention.filter((r) => r.month === '2025-02').sort((a, b) => Number(a.isIcp) - Number(b.isIcp))).toEqual([
			{ month: '2025-02', isIcp: false, customers: 2, retained: 0 },
			{ month: '2025-02', isIcp: true, customers: 1, retained: 1 }
		]);
		expect(inputs.customerMonths.find((r) => r.month === '2024-02' && !r.isIcp)).toEqual({
			month: '2024-02',
			isIcp: false,
			customerMonths: 2,
			mrrSum: 65,
			mrrSumSquares: 50 * 50 + 15 * 15,
			atRisk: 2,
			churned: 2
		});
		// l1 converted in 40 days; l2's deal came 151 days later (outside 90); l3's deal is not in the data (counts as converted);
		// l4 has no account and l5's account is unknown: both left out
		expect(inputs.leadConversion.sort((a, b) => Number(a.isIcp) - Number(b.isIcp))).toEqual([
			{ month: '2024-01', isIcp: false, leads: 1, converted: 1 },
			{ month: '2024-01', isIcp: true, leads: 2, converted: 1 }
		]);
		const mix = (source: string, dimension: string) =>
			Object.fromEntries(inputs.pipelineMix.filter((r) => r.source === source && r.dimension === dimension && r.month <= '2024-02').map((r) => [`${r.month} ${r.bin}`, r.n]));
		expect(mix('deals', 'tier')).toEqual({ '2024-01 A': 2, '2024-01 out': 1, '2024-02 unknown': 1 });
		expect(mix('deals', 'size')).toEqual({ '2024-01 200-999': 2, '2024-01 1-49': 1, '2024-02 unknown': 1 });
		expect(mix('leads', 'tier')).toEqual({ '2024-01 A': 2, '2024-01 out': 1, '2024-01 no account': 2 });
	});
});
