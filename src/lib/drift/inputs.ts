/**
 * The monthly aggregates the triggers read, one array per SQL query in src/lib/sql/drift/. Months are
 * 'YYYY-MM'; isIcp is the classified views' is_icp (unknown accounts are non-ICP).
 */

export interface DataSpan {
	firstMonth: string;
	lastMonth: string;
	/** The latest date in any table, 'YYYY-MM-DD'. */
	lastDate: string;
	/** 90th percentile of closed deals' cycle in days (type 7 quantile); null without closed deals. */
	cycleP90Days: number | null;
}

/** drift_win_loss_by_month.sql: by close month. */
export interface WinLossRow {
	month: string;
	isIcp: boolean;
	won: number;
	lost: number;
}

/** drift_won_cycles_by_month.sql: won deals' cycle lengths (days, ascending) by close month. */
export interface WonCyclesRow {
	month: string;
	isIcp: boolean;
	cycleDays: number[];
}

/** drift_logo_retention_by_month.sql: customers in month − 12 and how many still pay in month. */
export interface LogoRetentionRow {
	month: string;
	isIcp: boolean;
	customers: number;
	retained: number;
}

/** drift_customer_months.sql: paying customer-months by revenue month. */
export interface CustomerMonthsRow {
	month: string;
	isIcp: boolean;
	customerMonths: number;
	mrrSum: number;
	mrrSumSquares: number;
	atRisk: number;
	churned: number;
}

/** drift_lead_conversion_by_month.sql: leads with a known account by created month. */
export interface LeadConversionRow {
	month: string;
	isIcp: boolean;
	leads: number;
	converted: number;
}

/** drift_new_pipeline_mix.sql: new deals and leads per created month and bin. */
export interface PipelineMixRow {
	source: 'deals' | 'leads';
	dimension: 'tier' | 'industry' | 'size' | 'region';
	month: string;
	bin: string;
	n: number;
}

export interface DriftInputs {
	span: DataSpan;
	winLoss: WinLossRow[];
	wonCycles: WonCyclesRow[];
	logoRetention: LogoRetentionRow[];
	customerMonths: CustomerMonthsRow[];
	leadConversion: LeadConversionRow[];
	pipelineMix: PipelineMixRow[];
}
