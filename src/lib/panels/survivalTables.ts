import { formatCount, formatPercent, formatPValue } from '../format/formatNumbers';
import type { SurvivalComparison } from '../kpis/survivalCurves';
import type { CsvValue } from '../export/toCsv';
import { cell, type TableModel } from './tableModel';

/** Every Kaplan–Meier step of both curves, for the chart's CSV. */
export function survivalStepsCsv(comparison: SurvivalComparison): { columns: string[]; rows: CsvValue[][] } {
	const rows = (
		[
			['ICP', comparison.icp],
			['Non-ICP', comparison.nonIcp]
		] as const
	).flatMap(([label, curve]) => curve.steps.map((s) => [label, s.time, s.atRisk, s.events, s.censored, s.survival, s.low, s.high]));
	return { columns: ['group', 'time', 'at_risk', 'events', 'censored', 'survival', 'band_low', 'band_high'], rows };
}

export interface SurvivalSummaryWords {
	/** What the subjects are, e.g. "deals". */
	subjects: string;
	/** What the event is, e.g. "closed". */
	event: string;
	/** What censored means, e.g. "still open". */
	censored: string;
	/** The median's unit as text, e.g. t => `${t} d`. */
	formatTime: (time: number | null) => string;
	medianLabel: string;
}

/** Per curve: n, events, censored, the median time, and the log-rank test of equal curves. */
export function survivalSummaryTable(comparison: SurvivalComparison, words: SurvivalSummaryWords): TableModel {
	const p = comparison.logRank.p;
	return {
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'n', label: `n (${words.subjects})`, numeric: true },
			{ key: 'events', label: words.event, numeric: true },
			{ key: 'censored', label: words.censored, numeric: true },
			{ key: 'median_time', label: words.medianLabel, numeric: true },
			{ key: 'final_survival', label: 'Curve at last time', numeric: true, only: 'csv' },
			{ key: 'log_rank_p', label: 'Log-rank p', numeric: true }
		],
		rows: (
			[
				['ICP', comparison.icp],
				['Non-ICP', comparison.nonIcp]
			] as const
		).map(([label, curve]) => {
			const last = curve.steps.at(-1)?.survival ?? null;
			return [
				cell(label, label),
				cell(formatCount(curve.n), curve.n),
				cell(formatCount(curve.events), curve.events),
				cell(formatCount(curve.n - curve.events), curve.n - curve.events),
				cell(curve.medianTime === null ? 'not reached' : words.formatTime(curve.medianTime), curve.medianTime),
				cell(formatPercent(last), last),
				cell(formatPValue(p), p)
			];
		})
	};
}
