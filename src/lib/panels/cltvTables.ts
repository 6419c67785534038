import type { CsvValue } from '../export/toCsv';
import { formatCount, formatMoney, formatPercent, formatPoints } from '../format/formatNumbers';
import { NO_ADVANTAGE } from '../kpis/estimates';
import type { CltvFigures, CltvResult, CltvSurvivalFigures } from '../kpis/cltv';
import { advantageTable } from './advantageTable';
import { formatInterval, formatMoneyDifference, formatMonths } from './formatEstimates';
import { cell, pickColumns, type TableModel } from './tableModel';

const EMPTY_SURVIVAL: CltvSurvivalFigures = {
	n: 0,
	rmstMonths: { value: null, low: null, high: null },
	cltv: { value: null, low: null, high: null },
	enoughData: false
};

/** Both predictive CLTVs per group with their inputs: ARPA, monthly churn, restricted mean lifetime. */
export function cltvTable(result: CltvResult, confidence: string): TableModel {
	const groups: [string, CltvFigures, CltvSurvivalFigures][] = [
		['ICP', result.period.icp, result.survival.icp],
		['Non-ICP', result.period.nonIcp, result.survival.nonIcp],
		['Unknown account', result.period.unknown, EMPTY_SURVIVAL]
	];
	const money = (v: number | null) => formatMoney(v);
	return {
		columns: [
			{ key: 'group', label: 'Group' },
			{ key: 'customers', label: 'Customers (n)', numeric: true },
			{ key: 'arpa', label: 'ARPA / month', numeric: true },
			{ key: 'monthly_churn', label: 'Monthly churn', numeric: true },
			{ key: 'churn_ci', label: `Churn ${confidence} CI`, numeric: true, only: 'screen' },
			{ key: 'churn_ci_low', label: 'churn CI low', only: 'csv' },
			{ key: 'churn_ci_high', label: 'churn CI high', only: 'csv' },
			{ key: 'cltv_churn', label: 'CLTV (churn)', numeric: true },
			{ key: 'cltv_churn_ci', label: `CLTV ${confidence} CI`, numeric: true, only: 'screen' },
			{ key: 'cltv_churn_low', label: 'CLTV churn low', only: 'csv' },
			{ key: 'cltv_churn_high', label: 'CLTV churn high', only: 'csv' },
			{ key: 'new_customers', label: 'New customers (n)', numeric: true },
			{ key: 'rmst_months', label: 'Mean lifetime', numeric: true },
			{ key: 'rmst_band', label: 'Lifetime band', numeric: true, only: 'screen' },
			{ key: 'rmst_low', label: 'lifetime low', only: 'csv' },
			{ key: 'rmst_high', label: 'lifetime high', only: 'csv' },
			{ key: 'cltv_survival', label: 'CLTV (survival)', numeric: true },
			{ key: 'cltv_survival_band', label: 'CLTV band', numeric: true, only: 'screen' },
			{ key: 'cltv_survival_low', label: 'CLTV survival low', only: 'csv' },
			{ key: 'cltv_survival_high', label: 'CLTV survival high', only: 'csv' }
		],
		rows: groups.map(([label, f, s]) => [
			cell(label, label),
			cell(formatCount(f.customers), f.customers),
			cell(money(f.arpa), f.arpa),
			cell(formatPercent(f.churn.rate, 2), f.churn.rate),
			cell(f.churn.n > 0 ? formatInterval(f.churn.low, f.churn.high, (v) => formatPercent(v, 2)) : '–', null),
			cell('', f.churn.low),
			cell('', f.churn.high),
			cell(f.enoughData || f.customers === 0 ? money(f.cltv.value) : `${money(f.cltv.value)} (small n)`, f.cltv.value),
			cell(formatInterval(f.cltv.low, f.cltv.high, money), null),
			cell('', f.cltv.low),
			cell('', f.cltv.high),
			cell(formatCount(s.n), s.n),
			cell(formatMonths(s.rmstMonths.value), s.rmstMonths.value),
			cell(formatInterval(s.rmstMonths.low, s.rmstMonths.high, formatMonths), null),
			cell('', s.rmstMonths.low),
			cell('', s.rmstMonths.high),
			cell(s.enoughData || s.n === 0 ? money(s.cltv.value) : `${money(s.cltv.value)} (small n)`, s.cltv.value),
			cell(formatInterval(s.cltv.low, s.cltv.high, money), null),
			cell('', s.cltv.low),
			cell('', s.cltv.high)
		])
	};
}

const CHURN_COLUMNS = ['group', 'customers', 'arpa', 'monthly_churn', 'churn_ci', 'churn_ci_low', 'churn_ci_high', 'cltv_churn', 'cltv_churn_ci', 'cltv_churn_low', 'cltv_churn_high'];
const SURVIVAL_COLUMNS = ['group', 'new_customers', 'rmst_months', 'rmst_band', 'rmst_low', 'rmst_high', 'cltv_survival', 'cltv_survival_band', 'cltv_survival_low', 'cltv_survival_high'];

/** cltvTable split in two for the screen: the churn-based figures and the survival-based ones. */
export function cltvTables(result: CltvResult, confidence: string): { churn: TableModel; survival: TableModel } {
	const all = cltvTable(result, confidence);
	return { churn: pickColumns(all, CHURN_COLUMNS), survival: pickColumns(all, SURVIVAL_COLUMNS) };
}

/** Monthly churn: Newcombe interval and test; churn-based CLTV: MOVER interval; survival-based CLTV: a point. */
export function cltvAdvantageTable(result: CltvResult, confidence: string): TableModel {
	return advantageTable(
		[
			{ measure: 'Monthly churn', advantage: result.period.advantage.churn, format: (v) => formatPoints(v, 2) },
			{ measure: 'CLTV (churn-based)', advantage: result.period.advantage.cltv, format: formatMoneyDifference },
			{ measure: 'CLTV (survival-based)', advantage: { ...NO_ADVANTAGE, diff: result.survival.advantage }, format: formatMoneyDifference }
		],
		confidence
	);
}

export function historicalCltvCsv(historical: CltvResult['historical']): { columns: string[]; rows: CsvValue[][] } {
	const rows = (
		[
			['ICP', historical.icp],
			['Non-ICP', historical.nonIcp]
		] as const
	).flatMap(([label, points]) => points.map((p) => [label, p.monthsSinceStart, p.customers, p.cltv.value, p.cltv.low, p.cltv.high]));
	return { columns: ['group', 'months_since_start', 'customers', 'historical_cltv', 'ci_low', 'ci_high'], rows };
}
