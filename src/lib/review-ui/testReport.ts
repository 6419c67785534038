import { evaluateDrift, type DriftReport } from '../drift/evaluateDrift';
import type { DriftInputs, PipelineMixRow } from '../drift/inputs';
import type { ReviewLog } from '../drift/reviewLog';
import { SYNTHETIC_MONTHS, SYNTHETIC_SPAN, syntheticWinLoss } from '../drift/testSeries';
import type { IcpDefinition } from '../icp/types';

/** An ICP whose name and version carry markup, as a user's may: every tooltip must escape them. */
export const HOSTILE_DEFINITION: IcpDefinition = {
	name: 'Mid-market <b>buyers</b>',
	tiers: { A: 70, B: 40 },
	versions: [{ version: 'v2 <script>alert(1)</script>', effectiveFrom: '2023-01-01', criteria: [] }]
};

export const HOSTILE_INDUSTRY = '<img src=x onerror=alert(1)>';

/** New deals per month and tier: the ICP share falls from 45% to 25% from 2025-07 on. */
function tierMix(): PipelineMixRow[] {
	return SYNTHETIC_MONTHS.flatMap((month) => {
		const drift = month >= '2025-07';
		const counts: Record<string, number> = drift ? { A: 50, B: 50, C: 150, out: 150 } : { A: 90, B: 90, C: 110, out: 110 };
		return Object.entries(counts).map(([bin, n]) => ({ source: 'deals' as const, dimension: 'tier' as const, month, bin, n }));
	});
}

/** New deals per month and industry, steady, with a hostile industry name among the bins. */
function industryMix(): PipelineMixRow[] {
	return SYNTHETIC_MONTHS.flatMap((month) =>
		[
			['Software', 200],
			['Fintech', 120],
			[HOSTILE_INDUSTRY, 80]
		].map(([bin, n]) => ({ source: 'deals' as const, dimension: 'industry' as const, month, bin: bin as string, n: n as number }))
	);
}

/**
 * A report over 36 synthetic months: the win-rate advantage drops to none from 2025-04 (review),
 * the ICP mix of new deals shifts from 2025-07 (review), the industry mix is steady (ok), the
 * other families have no rows (not enough data), and the ICP has never been reviewed.
 */
export function syntheticReport(log?: ReviewLog): DriftReport {
	const inputs: DriftInputs = {
		span: SYNTHETIC_SPAN,
		winLoss: syntheticWinLoss(12, (month) => ({ icpClosed: 400, icpRate: month >= '2025-04' ? 0.16 : 0.34, nonIcpClosed: 550, nonIcpRate: 0.16 })),
		wonCycles: [],
		logoRetention: [],
		customerMonths: [],
		leadConversion: [],
		pipelineMix: [...tierMix(), ...industryMix()]
	};
	return evaluateDrift(inputs, { definition: HOSTILE_DEFINITION, log });
}
