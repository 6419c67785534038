import type { Engine } from '../db/engine';
import { tableRows, type Cell } from '../db/rows';
import customerMonthsSql from '../sql/drift/drift_customer_months.sql?raw';
import dataSpanSql from '../sql/drift/drift_data_span.sql?raw';
import leadConversionSql from '../sql/drift/drift_lead_conversion_by_month.sql?raw';
import logoRetentionSql from '../sql/drift/drift_logo_retention_by_month.sql?raw';
import pipelineMixSql from '../sql/drift/drift_new_pipeline_mix.sql?raw';
import winLossSql from '../sql/drift/drift_win_loss_by_month.sql?raw';
import wonCyclesSql from '../sql/drift/drift_won_cycles_by_month.sql?raw';
import { evaluateDrift, type DriftCheckOptions, type DriftReport } from './evaluateDrift';
import type { DataSpan, DriftInputs, PipelineMixRow } from './inputs';
import { DEFAULT_DRIFT_SETTINGS } from './settings';

const text = (v: Cell): string => String(v);
const count = (v: Cell): number => Number(v ?? 0);

/**
 * The monthly aggregates of every trigger family, one query each, over the classified views
 * (installIcp must have run on the loaded data). conversionDays is the lead conversion window.
 */
export async function queryDriftInputs(engine: Engine, conversionDays = DEFAULT_DRIFT_SETTINGS.conversion.conversionDays): Promise<DriftInputs> {
	const [spanRow] = tableRows(await engine.query(dataSpanSql));
	if (!spanRow || spanRow.first_month === null || spanRow.last_month === null) throw new Error('The data has no dated rows: load deals, leads or revenue first.');
	const span: DataSpan = {
		firstMonth: text(spanRow.first_month),
		lastMonth: text(spanRow.last_month),
		lastDate: text(spanRow.last_date),
		cycleP90Days: spanRow.cycle_p90_days === null ? null : Number(spanRow.cycle_p90_days)
	};
	const rows = async (sql: string, params?: number[]) => tableRows(await engine.query(sql, params));
	return {
		span,
		winLoss: (await rows(winLossSql)).map((r) => ({ month: text(r.month), isIcp: r.is_icp === true, won: count(r.won), lost: count(r.lost) })),
		wonCycles: (await rows(wonCyclesSql)).map((r) => ({ month: text(r.month), isIcp: r.is_icp === true, cycleDays: (r.cycle_days as number[]).map(Number) })),
		logoRetention: (await rows(logoRetentionSql)).map((r) => ({
			month: text(r.month),
			isIcp: r.is_icp === true,
			customers: count(r.customers),
			retained: count(r.retained)
		})),
		customerMonths: (await rows(customerMonthsSql)).map((r) => ({
			month: text(r.month),
			isIcp: r.is_icp === true,
			customerMonths: count(r.customer_months),
			mrrSum: count(r.mrr_sum),
			mrrSumSquares: count(r.mrr_sum_squares),
			atRisk: count(r.at_risk),
			churned: count(r.churned)
		})),
		leadConversion: (await rows(leadConversionSql, [conversionDays])).map((r) => ({
			month: text(r.month),
			isIcp: r.is_icp === true,
			leads: count(r.leads),
			converted: count(r.converted)
		})),
		pipelineMix: (await rows(pipelineMixSql)).map((r) => ({
			source: text(r.source) as PipelineMixRow['source'],
			dimension: text(r.dimension) as PipelineMixRow['dimension'],
			month: text(r.month),
			bin: text(r.bin),
			n: count(r.n)
		}))
	};
}

/** Queries the aggregates and evaluates every trigger: what the Review page and the review command call. */
export async function runDriftChecks(engine: Engine, options: DriftCheckOptions): Promise<DriftReport> {
	const conversionDays = options.settings?.conversion?.conversionDays ?? DEFAULT_DRIFT_SETTINGS.conversion.conversionDays;
	return evaluateDrift(await queryDriftInputs(engine, conversionDays), options);
}
