import { describe, expect, it } from 'vitest';
import { triggerContext } from './context';
import { resolveDriftSettings, type DriftSettingsInput } from './settings';
import { SYNTHETIC_SPAN, syntheticWinLoss } from './testSeries';
import { winRateTrigger } from './winRateTrigger';

const run = (rows: ReturnType<typeof syntheticWinLoss>, settings: DriftSettingsInput = {}) =>
	winRateTrigger(rows, triggerContext(SYNTHETIC_SPAN, resolveDriftSettings(settings)));

describe('winRateTrigger on synthetic monthly series', () => {
	it('stays at ok through 36 months of a stable 18-point advantage', () => {
		const rows = syntheticWinLoss(11, () => ({ icpClosed: 400, icpRate: 0.34, nonIcpClosed: 550, nonIcpRate: 0.16 }));
		const result = run(rows);
		expect(result.series.filter((p) => p.status !== 'ok')).toEqual([]);
		expect(result.status).toBe('ok');
		expect(result.reference.advantage).toBeCloseTo(0.18, 1);
		expect(result.explanation).toMatch(/advantage holds/);
	});

	it('reaches review by CUSUM within months of a drop to no advantage, not before it', () => {
		const rows = syntheticWinLoss(12, (month) => ({ icpClosed: 400, icpRate: month >= '2025-04' ? 0.16 : 0.34, nonIcpClosed: 550, nonIcpRate: 0.16 }));
		const result = run(rows, { winRate: { cusumH: 5 } });
		const firstReview = result.series.find((p) => p.status === 'review');
		expect(firstReview?.month).toBe('2025-04');
		expect(firstReview?.reason).toMatch(/cusum/);
		expect(result).toMatchObject({ status: 'review', month: '2025-12', firstFired: '2025-04' });
		// the 3-month window is all post-drop from 2025-06 on: the interval rule fires after two such months
		expect(result.series.find((p) => p.month === '2025-07')?.reason).toBe('interval+cusum');
		expect(result.explanation).toMatch(/Review since 2025-04/);
	});

	it('standardizes each month against the reference rates (hand-computed CUSUM step)', () => {
		// reference: ICP 30 of 100, non-ICP 10 of 100 each month → p1 = .3, p2 = .1, μ0 = .2 over 1,200 per group.
		// 2024-01: ICP 20 of 100, non-ICP 10 of 100 → d = .1;
		// var = .3·.7·(1/100 + 1/1200) + .1·.9·(1/100 + 1/1200) = .00325 → z = .1 / .0570 = 1.754; S = 1.754 − .5
		const rows = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12']
			.flatMap((month) => [
				{ month, isIcp: true, won: 30, lost: 70 },
				{ month, isIcp: false, won: 10, lost: 90 }
			])
			.concat([
				{ month: '2024-01', isIcp: true, won: 20, lost: 80 },
				{ month: '2024-01', isIcp: false, won: 10, lost: 90 }
			]);
		const result = run(rows);
		const january = result.series.find((p) => p.month === '2024-01')!;
		const variance = 0.3 * 0.7 * (1 / 100 + 1 / 1200) + 0.1 * 0.9 * (1 / 100 + 1 / 1200);
		expect(january.cusum).toBeCloseTo(0.1 / Math.sqrt(variance) - 0.5, 10);
		expect(result.series.find((p) => p.month === '2023-12')!.cusum).toBeNull();
	});

	it('watches, without review, when a small erosion dips below the floor', () => {
		const rows = syntheticWinLoss(13, (month) => ({ icpClosed: 60, icpRate: month >= '2025-07' ? 0.24 : 0.3, nonIcpClosed: 80, nonIcpRate: 0.16 }));
		const result = run(rows, { winRate: { cusumH: 50 } });
		expect(result.series.some((p) => p.status === 'watch')).toBe(true);
		expect(result.series.some((p) => p.status === 'review')).toBe(false);
	});

	it('evaluates nothing below the minimum sample, whatever the rates', () => {
		const rows = syntheticWinLoss(14, (month) => ({ icpClosed: 5, icpRate: month >= '2025-01' ? 0 : 0.5, nonIcpClosed: 6, nonIcpRate: 0.5 }));
		const result = run(rows);
		expect(result.sufficient).toBe(false);
		expect(result.series.every((p) => p.status === 'ok' && !p.evaluated)).toBe(true);
		expect(result.explanation).toMatch(/not enough data/);
	});

	it('does not apply the interval rule to windows too small to resolve the reference advantage', () => {
		// 40 closed per group per window: an 18-point advantage is under 4 standard errors of such a window
		const rows = syntheticWinLoss(15, () => ({ icpClosed: 14, icpRate: 0.34, nonIcpClosed: 14, nonIcpRate: 0.16 }));
		const result = run(rows, { winRate: { minPerGroup: 30 } });
		const evaluated = result.series.filter((p) => p.evaluated);
		expect(evaluated.length).toBeGreaterThan(20);
		expect(evaluated.every((p) => !p.resolved)).toBe(true);
		expect(result.series.some((p) => p.reason === 'interval')).toBe(false);
	});
});
