import { formatPValue } from '../format/formatNumbers';
import type { Advantage } from '../kpis/estimates';
import { formatInterval, methodName } from './formatEstimates';
import { cell, type TableModel } from './tableModel';

/** One ICP − non-ICP comparison; interval and test are null for point differences (GRR, NRR, CLTV). */
export interface AdvantageRow {
	measure: string;
	advantage: Advantage;
	format: (value: number | null) => string;
}

/** ICP minus non-ICP per measure: difference, interval, p-value and the method that produced them. */
export function advantageTable(rows: readonly AdvantageRow[], confidence: string): TableModel {
	return {
		columns: [
			{ key: 'measure', label: 'Measure' },
			{ key: 'icp_minus_non_icp', label: 'ICP − non-ICP', numeric: true },
			{ key: 'ci', label: `${confidence} CI`, numeric: true, only: 'screen' },
			{ key: 'ci_low', label: 'CI low', only: 'csv' },
			{ key: 'ci_high', label: 'CI high', only: 'csv' },
			{ key: 'p_value', label: 'p-value', numeric: true },
			{ key: 'method', label: 'Method' }
		],
		rows: rows.map(({ measure, advantage: a, format }) => [
			cell(measure, measure),
			cell(format(a.diff), a.diff),
			cell(a.low === null && a.high === null ? 'point estimate only' : formatInterval(a.low, a.high, format), null),
			cell('', a.low),
			cell('', a.high),
			cell(a.p === null ? '–' : formatPValue(a.p), a.p),
			cell(a.method === null ? '–' : methodName(a.method), a.method)
		])
	};
}
