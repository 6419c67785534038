import type { CsvValue } from '../export/toCsv';
import { formatCount, formatMoney, formatPercent, formatPoints } from '../format/formatNumbers';
import type { RetentionCohortCell, RetentionFigures, RetentionMonth, RetentionPeriod } from '../kpis/retention';
import { advantageTable } from './advantageTable';
import { formatInterval } from './formatEstimates';
import { cell, type TableModel } from './tableModel';

/** The 12-month window per group: cohort, retained logos with the Wilson interval, mrr, GRR, NRR. */
export function retentionPeriodTable(period: RetentionPeriod, confidence: string): TableModel {
	const groups: [string, RetentionFigures][] = [
		['ICP', period.icp],
		['Non-ICP', period.nonIcp],
		['Unknown account', period.unknown]
	];
	return {
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'cohort_logos', label: 'Cohort (n)', numeric: true },
			{ key: 'retained_logos', label: 'Still paying', numeric: true },
			{ key: 'logo_retention', label: 'Logo retention', numeric: true },
			{ key: 'ci', label: `${confidence} CI`, numeric: true, only: 'screen' },
			{ key: 'ci_low', label: 'CI low', only: 'csv' },
			{ key: 'ci_high', label: 'CI high', only: 'csv' },
			{ key: 'start_mrr', label: 'MRR at start', numeric: true },
			{ key: 'end_mrr', label: 'MRR at end', numeric: true },
			{ key: 'grr', label: 'GRR', numeric: true },
			{ key: 'nrr', label: 'NRR', numeric: true }
		],
		rows: groups.map(([label, f]) => [
			cell(label, label),
			cell(formatCount(f.cohortLogos), f.cohortLogos),
			cell(formatCount(f.retainedLogos), f.retainedLogos),
			cell(f.logoRetention.enoughData || f.cohortLogos === 0 ? formatPercent(f.logoRetention.rate) : `${formatPercent(f.logoRetention.rate)} (small n)`, f.logoRetention.rate),
			cell(formatInterval(f.logoRetention.low, f.logoRetention.high), null),
			cell('', f.logoRetention.low),
			cell('', f.logoRetention.high),
			cell(formatMoney(f.startMrr), f.startMrr),
			cell(formatMoney(f.endMrr), f.endMrr),
			cell(formatPercent(f.grr), f.grr),
			cell(formatPercent(f.nrr), f.nrr)
		])
	};
}

/** Logo retention with Newcombe interval and test; GRR and NRR differences as points. */
export function retentionAdvantageTable(period: RetentionPeriod, confidence: string): TableModel {
	const { advantage } = period;
	return advantageTable(
		[
			{ measure: 'Logo retention', advantage: advantage.logoRetention, format: formatPoints },
			{ measure: 'GRR', advantage: advantage.grr, format: formatPoints },
			{ measure: 'NRR', advantage: advantage.nrr, format: formatPoints }
		],
		confidence
	);
}

export function retentionMonthsCsv(months: readonly RetentionMonth[]): { columns: string[]; rows: CsvValue[][] } {
	const rows = months.flatMap((m) =>
		(
			[
				['ICP', m.icp],
				['Non-ICP', m.nonIcp]
			] as const
		).map(([label, f]) => [m.month, label, f.cohortLogos, f.retainedLogos, f.logoRetention.rate, f.logoRetention.low, f.logoRetention.high, f.grr, f.nrr])
	);
	return { columns: ['window_end_month', 'group', 'cohort_logos', 'retained_logos', 'logo_retention', 'ci_low', 'ci_high', 'grr', 'nrr'], rows };
}

export function cohortCsv(cells: readonly RetentionCohortCell[]): { columns: string[]; rows: CsvValue[][] } {
	return {
		columns: ['start_month', 'group', 'months_since_start', 'cohort_size', 'active', 'logo_retention', 'mrr', 'start_mrr', 'revenue_retention'],
		rows: cells.map((c) => [c.startMonth, c.group, c.monthsSinceStart, c.cohortSize, c.active, c.logoRetention, c.mrr, c.startMrr, c.revenueRetention])
	};
}
