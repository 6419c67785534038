/** Rows of the four canonical tables (docs/data-model.md) as the sample generator emits them. Dates are 'YYYY-MM-DD'. */
export interface AccountRow {
	account_id: string;
	name: string;
	industry: string | null;
	employees: number | null;
	annual_revenue: number | null;
	country: string | null;
	region: string | null;
	funding_stage: string | null;
	tech_stack: string[] | null;
	created_at: string;
	/** Extra attribute (not in the canonical DDL): Private, Public, Government or Non-profit. */
	ownership: string | null;
}

export type DealStatus = 'won' | 'lost' | 'open';

export interface DealRow {
	deal_id: string;
	account_id: string | null;
	created_at: string;
	closed_at: string | null;
	status: DealStatus;
	amount: number | null;
	currency: string;
	campaign: string | null;
	owner: string;
}

export interface RevenueRow {
	account_id: string;
	/** First day of the month. */
	month: string;
	mrr: number;
}

export interface LeadRow {
	lead_id: string;
	account_id: string | null;
	campaign: string;
	channel: string;
	created_at: string;
	mql_at: string | null;
	sql_at: string | null;
	deal_id: string | null;
}

export interface SampleOptions {
	seed: number;
	/** 1 = full size (≈6,000 accounts, 40,000 deals, 60,000 leads); the 36 months stay the same. */
	scale: number;
	/** ICP deals win more often than non-ICP deals (otherwise both win at the non-ICP rate). */
	icpAdvantage: boolean;
	/** The ICP win advantage decays linearly over the last six close months. */
	erosion: boolean;
	/** The ICP share of new deals and new leads falls over the last six created months. */
	mixDrift: boolean;
	/** ICP deals are won faster (otherwise both groups use the non-ICP cycle). */
	cycleEffect: boolean;
	/** ICP customers churn less and pay more (ARPA, deal amounts); otherwise both use the non-ICP values. */
	churnEffect: boolean;
	/** ICP leads reach MQL, SQL and a deal more often (otherwise at the non-ICP rates). */
	leadEffect: boolean;
}

export type IcpTier = 'A' | 'B' | 'C' | 'out';

export interface WonLost {
	won: number;
	lost: number;
	/** won / (won + lost); null when nothing closed. */
	rate: number | null;
}

export interface GroupWinRate {
	icp: WonLost;
	nonIcp: WonLost;
}

export interface MonthWinLoss {
	month: string;
	/** The planted ICP win probability for deals closing in this month (after the switches). */
	plantedIcp: number;
	plantedNonIcp: number;
	icp: { won: number; lost: number };
	nonIcp: { won: number; lost: number };
}

export interface CycleMedian {
	/** Median of closed_at − created_at in days over won deals (mean of the two middle values when n is even). */
	medianDays: number | null;
	n: number;
}

export interface ChurnCount {
	/** Customer-months (mrr > 0) whose next month is inside the data. */
	atRisk: number;
	/** Of those, the ones whose next month has no revenue. */
	churned: number;
	rate: number | null;
}

export interface ArpaValue {
	/** Mean mrr over customer-months (rows of revenue). */
	mean: number | null;
	customerMonths: number;
}

export interface LeadConversion {
	leads: number;
	mql: number;
	sql: number;
	/** Leads with a deal_id. */
	converted: number;
	rate: number | null;
}

export interface CampaignTruth {
	campaign: string;
	channel: string;
	/**
	 * Planted targeting factor: a lead's ICP probability is the month's ICP share × this factor ÷ the
	 * volume-weighted mean factor of the campaigns running that month.
	 */
	plantedIcpFactor: number;
	leads: number;
	icp: number;
	nonIcp: number;
	noAccount: number;
	/** icp / (icp + nonIcp): leads without an account are left out. */
	icpShare: number | null;
	converted: number;
}

export interface MonthShare {
	month: string;
	planted: number;
	icp: number;
	total: number;
	share: number | null;
}

/** Planted parameters and the values realized in the generated rows, counted by the generator itself. */
export interface SampleTruth {
	options: SampleOptions;
	dataStart: string;
	dataEnd: string;
	counts: { accounts: number; deals: number; revenue: number; leads: number };
	icp: {
		version: string;
		tiers: Record<IcpTier, number>;
		icpAccounts: number;
	};
	deals: {
		/** Deals whose account_id is not in accounts (counted as non-ICP everywhere). */
		unknownAccount: number;
		open: number;
		won: number;
		lost: number;
		nullAmount: number;
		fromLeads: number;
	};
	erosion: { enabled: boolean; startMonth: string; endMonth: string };
	mixDrift: { enabled: boolean; startMonth: string; endMonth: string };
	winRate: {
		planted: { icp: number; nonIcp: number; icpAtErosionEnd: number };
		all: GroupWinRate;
		/** Close months before erosion.startMonth. */
		baseline: GroupWinRate;
		/** Close months from erosion.startMonth on. */
		erosion: GroupWinRate;
		byMonth: MonthWinLoss[];
	};
	salesCycle: {
		planted: {
			wonMedianDays: { icp: number; nonIcp: number };
			lostMedianDays: { icp: number; nonIcp: number };
		};
		won: { icp: CycleMedian; nonIcp: CycleMedian };
	};
	churn: {
		planted: { icp: number; nonIcp: number };
		icp: ChurnCount;
		nonIcp: ChurnCount;
	};
	arpa: {
		/** A new customer starts at amount / 12 (mean startMrrMean); each later win adds expansionShare of its amount / 12. */
		planted: { startMrrMean: { icp: number; nonIcp: number }; expansionShare: number };
		icp: ArpaValue;
		nonIcp: ArpaValue;
	};
	customers: {
		/** Accounts already paying in the first month (2023-01). */
		openingBook: number;
		/** Accounts whose first revenue month is after the first month. */
		newCustomers: number;
	};
	leads: {
		planted: {
			conversion: { icp: number; nonIcp: number; noAccount: number };
			noAccountShare: number;
		};
		icp: LeadConversion;
		nonIcp: LeadConversion;
		noAccount: LeadConversion;
		byCampaign: CampaignTruth[];
	};
	mix: {
		planted: { before: number; atEnd: number };
		/** ICP share of new deals by created month; deals with an unknown account count as non-ICP. */
		deals: MonthShare[];
		/** ICP share of new leads with an account, by created month. */
		leads: MonthShare[];
	};
}

export interface SampleData {
	accounts: AccountRow[];
	deals: DealRow[];
	revenue: RevenueRow[];
	leads: LeadRow[];
	truth: SampleTruth;
}
