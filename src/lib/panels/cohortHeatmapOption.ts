import type { ChartOption } from '../charts/echarts';
import { formatPercent } from '../format/formatNumbers';
import type { IcpGroup } from '../kpis/estimates';
import type { RetentionCohortCell } from '../kpis/retention';
import { tooltipHeader, tooltipRow } from './tooltip';

/** Beyond this many columns the cells are too narrow for their numbers: the tooltip and CSV carry them. */
const MAX_LABELLED_AGES = 13;

export type CohortMetric = 'logo' | 'revenue';

export interface CohortHeatmapSpec {
	cells: readonly RetentionCohortCell[];
	group: IcpGroup;
	metric: CohortMetric;
	/** Colour scale, shared by the ICP and non-ICP heatmaps so equal colours mean equal values. */
	range: { min: number; max: number };
	color: string;
}

export const cohortValue = (cell: RetentionCohortCell, metric: CohortMetric): number | null =>
	metric === 'logo' ? cell.logoRetention : cell.revenueRetention;

/** The colour scale for both groups: from the lowest value shown (rounded down to 10 %) to 100 % (or above, for revenue). */
export function cohortRange(cells: readonly RetentionCohortCell[], metric: CohortMetric): { min: number; max: number } {
	const values = cells.map((c) => cohortValue(c, metric)).filter((v): v is number => v !== null);
	if (values.length === 0) return { min: 0, max: 1 };
	return { min: Math.floor(Math.min(...values) * 10) / 10, max: Math.max(1, Math.ceil(Math.max(...values) * 10) / 10) };
}

/**
 * Cohort table as a heatmap: start month (rows, oldest on top) × months since start (columns), the
 * share of the cohort still paying (logo) or its mrr relative to the start (revenue).
 */
export function cohortHeatmapOption(spec: CohortHeatmapSpec): ChartOption {
	const cells = spec.cells.filter((c) => c.group === spec.group);
	const starts = [...new Set(cells.map((c) => c.startMonth))].sort();
	const ages = Math.max(0, ...cells.map((c) => c.monthsSinceStart)) + 1;
	const sizeOf = new Map(cells.map((c) => [c.startMonth, c.cohortSize]));
	const byPosition = new Map(cells.map((c) => [`${c.monthsSinceStart}|${c.startMonth}`, c]));
	const metricName = spec.metric === 'logo' ? 'Logo retention' : 'Revenue retention';
	return {
		animation: false,
		grid: { left: 112, right: 16, top: 8, bottom: 84 },
		tooltip: {
			trigger: 'item',
			formatter: (params: { data: [number, number, number | null] }) => {
				const [age, row] = params.data;
				const cell = byPosition.get(`${age}|${starts[row]}`);
				if (!cell) return '';
				const detail =
					spec.metric === 'logo'
						? `${cell.active} of ${cell.cohortSize} customers paying`
						: `mrr ${Math.round(cell.mrr)} of ${Math.round(cell.startMrr)} at start · ${cell.cohortSize} customers`;
				return [tooltipHeader(`Started ${cell.startMonth}, month ${cell.monthsSinceStart}`), tooltipRow(metricName, spec.color, formatPercent(cohortValue(cell, spec.metric)), detail)].join('<br/>');
			}
		},
		xAxis: {
			type: 'category',
			data: Array.from({ length: ages }, (_, i) => String(i)),
			name: 'Months since start',
			nameLocation: 'middle',
			nameGap: 26,
			splitArea: { show: true }
		},
		yAxis: {
			type: 'category',
			inverse: true,
			data: starts.map((m) => `${m} (n=${sizeOf.get(m)})`),
			splitArea: { show: true },
			axisLabel: { fontSize: 11 }
		},
		visualMap: {
			type: 'continuous',
			min: spec.range.min,
			max: spec.range.max,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 160,
			calculable: false,
			text: [formatPercent(spec.range.max, 0), formatPercent(spec.range.min, 0)],
			inRange: { color: ['#c62828', '#f6e8c3', '#e0f0e3', '#2e7d32'] }
		},
		series: [
			{
				name: metricName,
				type: 'heatmap',
				data: cells.map((c) => [c.monthsSinceStart, starts.indexOf(c.startMonth), cohortValue(c, spec.metric) ?? '-']),
				label: {
					show: ages <= MAX_LABELLED_AGES,
					fontSize: 10,
					formatter: (p: { data: [number, number, number | string] }) => (typeof p.data[2] === 'number' ? String(Math.round(p.data[2] * 100)) : '')
				},
				emphasis: { itemStyle: { borderColor: '#1b2430', borderWidth: 1 } }
			}
		]
	};
}
