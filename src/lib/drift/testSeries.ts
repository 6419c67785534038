import { seededRandom, type Random } from '../stats/random';
import type { DataSpan, WinLossRow } from './inputs';
import { monthRange } from './months';

/** A 36-month data span (2023-01 .. 2025-12) with no warm-up: synthetic series start full. */
export const SYNTHETIC_SPAN: DataSpan = { firstMonth: '2023-01', lastMonth: '2025-12', lastDate: '2025-12-31', cycleP90Days: 0 };
export const SYNTHETIC_MONTHS = monthRange(SYNTHETIC_SPAN.firstMonth, SYNTHETIC_SPAN.lastMonth);

export function binomial(rng: Random, n: number, p: number): number {
	let x = 0;
	for (let i = 0; i < n; i++) if (rng.next() < p) x++;
	return x;
}

/** Won/lost counts per month with the given closed deals and win probabilities per group. */
export function syntheticWinLoss(
	seed: number,
	monthly: (month: string, index: number) => { icpClosed: number; icpRate: number; nonIcpClosed: number; nonIcpRate: number }
): WinLossRow[] {
	const rng = seededRandom(seed);
	return SYNTHETIC_MONTHS.flatMap((month, i) => {
		const m = monthly(month, i);
		const icpWon = binomial(rng, m.icpClosed, m.icpRate);
		const nonIcpWon = binomial(rng, m.nonIcpClosed, m.nonIcpRate);
		return [
			{ month, isIcp: true, won: icpWon, lost: m.icpClosed - icpWon },
			{ month, isIcp: false, won: nonIcpWon, lost: m.nonIcpClosed - nonIcpWon }
		];
	});
}
