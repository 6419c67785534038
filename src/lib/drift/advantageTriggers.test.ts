import { describe, expect, it } from 'vitest';
import { seededRandom } from '../stats/random';
import { cltvTrigger } from './cltvTrigger';
import { triggerContext } from './context';
import { conversionTrigger } from './conversionTrigger';
import { cycleTrigger } from './cycleTrigger';
import type { CustomerMonthsRow, LeadConversionRow, LogoRetentionRow, WonCyclesRow } from './inputs';
import { retentionTrigger } from './retentionTrigger';
import { resolveDriftSettings } from './settings';
import { SYNTHETIC_MONTHS, SYNTHETIC_SPAN, binomial } from './testSeries';

const context = () => triggerContext(SYNTHETIC_SPAN, resolveDriftSettings());

describe('cycle-length trigger', () => {
	it('goes to review once ICP deals stop closing faster, and not before', () => {
		const rng = seededRandom(21);
		const cycles = (median: number, n: number) => Array.from({ length: n }, () => Math.round(rng.logNormal(median, 0.5))).sort((a, b) => a - b);
		const rows: WonCyclesRow[] = SYNTHETIC_MONTHS.flatMap((month) => [
			{ month, isIcp: true, cycleDays: cycles(month >= '2025-06' ? 80 : 42, 120) },
			{ month, isIcp: false, cycleDays: cycles(78, 90) }
		]);
		const result = cycleTrigger(rows, context());
		const firstReview = result.series.find((p) => p.status === 'review')?.month;
		expect(firstReview! >= '2025-07' && firstReview! <= '2025-09').toBe(true);
		expect(result.status).toBe('review');
		expect(result.reference.advantage).toBeGreaterThan(25);
		expect(result.explanation).toMatch(/no longer shows that ICP deals close faster/);
	});
});

describe('retention trigger', () => {
	it('measures each month on its own and takes the reference 12 months after the reference window', () => {
		const rng = seededRandom(22);
		const rows: LogoRetentionRow[] = SYNTHETIC_MONTHS.slice(12).flatMap((month) => [
			{ month, isIcp: true, customers: 800, retained: binomial(rng, 800, 0.89) },
			{ month, isIcp: false, customers: 900, retained: binomial(rng, 900, 0.69) }
		]);
		const result = retentionTrigger(rows, context());
		expect(result.windowMonths).toBe(1);
		expect(result.reference).toMatchObject({ from: '2024-01', to: '2024-12' });
		expect(result.reference.advantage).toBeCloseTo(0.2, 1);
		expect(result.series.filter((p) => p.evaluated).map((p) => p.month)[0]).toBe('2024-01');
		expect(result.status).toBe('ok');
	});
});

describe('CLTV trigger', () => {
	it('compares ARPA / churn by a delta-method interval on the log ratio (hand-computed)', () => {
		// one month per window; ICP: 1,000 customer-months of mrr 2,000 (sd 0) and 10 churns of 1,000 at risk → CLTV 200,000;
		// non-ICP: mrr 1,000, 30 churns of 1,000 → CLTV 33,333; ratio 6; var(log ratio) = (1/10 − 1/1000) + (1/30 − 1/1000)
		const month = (m: string): CustomerMonthsRow[] => [
			{ month: m, isIcp: true, customerMonths: 1000, mrrSum: 2e6, mrrSumSquares: 4e9, atRisk: 1000, churned: 10 },
			{ month: m, isIcp: false, customerMonths: 1000, mrrSum: 1e6, mrrSumSquares: 1e9, atRisk: 1000, churned: 30 }
		];
		const result = cltvTrigger(SYNTHETIC_MONTHS.flatMap(month), triggerContext(SYNTHETIC_SPAN, resolveDriftSettings({ cltv: { windowMonths: 1 } })));
		const point = result.series.at(-1)!;
		const se = Math.sqrt(1 / 10 - 1 / 1000 + 1 / 30 - 1 / 1000);
		expect(point.icp.value).toBeCloseTo(200_000, 6);
		expect(point.advantage).toBeCloseTo(6, 10);
		expect(point.low).toBeCloseTo(6 * Math.exp(-1.6448536269514722 * se), 8);
		expect(point.high).toBeCloseTo(6 * Math.exp(1.6448536269514722 * se), 8);
		expect(result.parity).toBe(1);
	});
});

describe('campaign-conversion trigger', () => {
	it('leaves the months younger than the conversion window unevaluated', () => {
		const rng = seededRandom(23);
		const rows: LeadConversionRow[] = SYNTHETIC_MONTHS.flatMap((month) => [
			{ month, isIcp: true, leads: 600, converted: binomial(rng, 600, 0.12) },
			{ month, isIcp: false, leads: 900, converted: binomial(rng, 900, 0.05) }
		]);
		const result = conversionTrigger(rows, context(), '2025-12-31');
		// 2025-09 ends on 09-30, + 90 days = 12-29 ≤ 12-31: the last mature month
		expect(result.month).toBe('2025-09');
		expect(result.series.filter((p) => p.month > '2025-09').every((p) => !p.evaluated)).toBe(true);
		expect(result.status).toBe('ok');
	});
});
