import type { CsvValue } from '../export/toCsv';
import { formatCount } from '../format/formatNumbers';
import type { CycleStats, SalesCycleMonth, SalesCyclePeriod } from '../kpis/salesCycle';
import { formatDays } from './formatEstimates';
import { cell, type TableModel } from './tableModel';

/** Won and lost cycle per group over the period: n, median, quartiles, mean (days). */
export function salesCyclePeriodTable(period: SalesCyclePeriod, minSample: number): TableModel {
	const groups: [string, CycleStats][] = [
		['ICP', period.icp],
		['Non-ICP', period.nonIcp],
		['Unknown account', period.unknown]
	];
	return {
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'status', label: 'Outcome' },
			{ key: 'n', label: 'n (deals)', numeric: true },
			{ key: 'median_days', label: 'Median', numeric: true },
			{ key: 'p25_days', label: '25th pct', numeric: true },
			{ key: 'p75_days', label: '75th pct', numeric: true },
			{ key: 'mean_days', label: 'Mean', numeric: true }
		],
		rows: groups.flatMap(([label, stats]) =>
			(['won', 'lost'] as const).map((status) => {
				const d = stats[status];
				const small = d.n < minSample && d.n > 0 ? ' (small n)' : '';
				return [
					cell(label, label),
					cell(status, status),
					cell(formatCount(d.n), d.n),
					cell(`${formatDays(d.median)}${small}`, d.median),
					cell(formatDays(d.p25), d.p25),
					cell(formatDays(d.p75), d.p75),
					cell(formatDays(d.mean), d.mean)
				];
			})
		)
	};
}

/** The monthly medians and quartiles behind the two by-month charts. */
export function salesCycleMonthsCsv(months: readonly SalesCycleMonth[]): { columns: string[]; rows: CsvValue[][] } {
	const rows = months.flatMap((m) =>
		(
			[
				['ICP', m.icp],
				['Non-ICP', m.nonIcp]
			] as const
		).flatMap(([label, g]) => (['won', 'lost'] as const).map((status) => [m.month, label, status, g[status].n, g[status].median, g[status].p25, g[status].p75]))
	);
	return { columns: ['month', 'group', 'status', 'n', 'median_days', 'p25_days', 'p75_days'], rows };
}
