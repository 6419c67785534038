import type { Group } from './accountPicker';
import type { GeneratedAccount } from './accounts';
import { MONTHS, monthKey, monthOfDay } from './calendar';
import { CAMPAIGNS } from './campaigns';
import type { GeneratedDeal } from './deals';
import type { GeneratedLead, LeadGroup } from './leads';
import { DRIFT_START_MONTH, PLANTED, type SamplePlan } from './plan';
import type { AccountRevenue } from './revenue';
import type { ArpaValue, CampaignTruth, ChurnCount, CycleMedian, GroupWinRate, IcpTier, LeadConversion, MonthShare, MonthWinLoss, SampleTruth, WonLost } from './types';

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** Mean of the two middle values when n is even, as DuckDB's median(). */
export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const wonLost = (won: number, lost: number): WonLost => ({ won, lost, rate: ratio(won, won + lost) });

function sumGroups(months: MonthWinLoss[]): GroupWinRate {
	const sum = (g: Group, k: 'won' | 'lost') => months.reduce((s, m) => s + m[g][k], 0);
	return { icp: wonLost(sum('icp', 'won'), sum('icp', 'lost')), nonIcp: wonLost(sum('nonIcp', 'won'), sum('nonIcp', 'lost')) };
}

export function winRateTruth(deals: GeneratedDeal[], plan: SamplePlan): SampleTruth['winRate'] {
	const byMonth: MonthWinLoss[] = Array.from({ length: MONTHS }, (_, m) => {
		const planted = plan.winProbability(m);
		return { month: monthKey(m), plantedIcp: planted.icp, plantedNonIcp: planted.nonIcp, icp: { won: 0, lost: 0 }, nonIcp: { won: 0, lost: 0 } };
	});
	for (const deal of deals) {
		if (deal.closedDay === null) continue;
		const cell = byMonth[monthOfDay(deal.closedDay)][deal.group];
		if (deal.row.status === 'won') cell.won++;
		else cell.lost++;
	}
	return {
		planted: { ...PLANTED.winRate },
		all: sumGroups(byMonth),
		baseline: sumGroups(byMonth.slice(0, DRIFT_START_MONTH)),
		erosion: sumGroups(byMonth.slice(DRIFT_START_MONTH)),
		byMonth
	};
}

export function salesCycleTruth(deals: GeneratedDeal[]): SampleTruth['salesCycle'] {
	const cycles: Record<Group, number[]> = { icp: [], nonIcp: [] };
	for (const deal of deals) if (deal.row.status === 'won' && deal.closedDay !== null) cycles[deal.group].push(deal.closedDay - deal.createdDay);
	const summary = (values: number[]): CycleMedian => ({ medianDays: median(values), n: values.length });
	return {
		planted: { wonMedianDays: { ...PLANTED.wonCycleMedianDays }, lostMedianDays: { ...PLANTED.lostCycleMedianDays } },
		won: { icp: summary(cycles.icp), nonIcp: summary(cycles.nonIcp) }
	};
}

export function revenueTruth(accounts: GeneratedAccount[], revenue: AccountRevenue[]): Pick<SampleTruth, 'churn' | 'arpa' | 'customers'> {
	const churn: Record<Group, ChurnCount> = { icp: { atRisk: 0, churned: 0, rate: null }, nonIcp: { atRisk: 0, churned: 0, rate: null } };
	const mrrSum = { icp: 0, nonIcp: 0 };
	const customerMonths = { icp: 0, nonIcp: 0 };
	let openingBook = 0;
	let newCustomers = 0;
	revenue.forEach(({ mrr }, i) => {
		const group: Group = accounts[i].isIcp ? 'icp' : 'nonIcp';
		const first = mrr.findIndex((v) => v > 0);
		if (first === 0) openingBook++;
		else if (first > 0) newCustomers++;
		for (let m = 0; m < MONTHS; m++) {
			if (mrr[m] <= 0) continue;
			customerMonths[group]++;
			mrrSum[group] += mrr[m];
			if (m + 1 < MONTHS) {
				churn[group].atRisk++;
				if (mrr[m + 1] <= 0) churn[group].churned++;
			}
		}
	});
	for (const g of ['icp', 'nonIcp'] as const) churn[g].rate = ratio(churn[g].churned, churn[g].atRisk);
	const arpa = (g: Group): ArpaValue => ({ mean: ratio(mrrSum[g], customerMonths[g]), customerMonths: customerMonths[g] });
	return {
		churn: { planted: { ...PLANTED.churn }, icp: churn.icp, nonIcp: churn.nonIcp },
		arpa: { planted: { startMrrMean: { ...PLANTED.startMrrMean }, expansionShare: PLANTED.expansionShare }, icp: arpa('icp'), nonIcp: arpa('nonIcp') },
		customers: { openingBook, newCustomers }
	};
}

export function leadTruth(leads: GeneratedLead[]): SampleTruth['leads'] {
	const groups: Record<LeadGroup, LeadConversion> = {
		icp: { leads: 0, mql: 0, sql: 0, converted: 0, rate: null },
		nonIcp: { leads: 0, mql: 0, sql: 0, converted: 0, rate: null },
		noAccount: { leads: 0, mql: 0, sql: 0, converted: 0, rate: null }
	};
	const campaigns: CampaignTruth[] = CAMPAIGNS.map((c) => ({
		campaign: c.name,
		channel: c.channel,
		plantedIcpFactor: c.icpFactor,
		leads: 0,
		icp: 0,
		nonIcp: 0,
		noAccount: 0,
		icpShare: null,
		converted: 0
	}));
	for (const lead of leads) {
		const g = groups[lead.group];
		const c = campaigns[lead.campaignIndex];
		g.leads++;
		c.leads++;
		c[lead.group]++;
		if (lead.row.mql_at !== null) g.mql++;
		if (lead.row.sql_at !== null) g.sql++;
		if (lead.row.deal_id !== null) {
			g.converted++;
			c.converted++;
		}
	}
	for (const g of Object.values(groups)) g.rate = ratio(g.converted, g.leads);
	for (const c of campaigns) c.icpShare = ratio(c.icp, c.icp + c.nonIcp);
	return {
		planted: {
			conversion: { icp: PLANTED.leadFunnel.icp.deal, nonIcp: PLANTED.leadFunnel.nonIcp.deal, noAccount: PLANTED.leadFunnel.noAccount.deal },
			noAccountShare: PLANTED.noAccountLeadShare
		},
		...groups,
		byCampaign: campaigns
	};
}

export function mixTruth(deals: GeneratedDeal[], leads: GeneratedLead[], plan: SamplePlan): SampleTruth['mix'] {
	const months = (): MonthShare[] => Array.from({ length: MONTHS }, (_, m) => ({ month: monthKey(m), planted: plan.icpShare(m), icp: 0, total: 0, share: null }));
	const dealMix = months();
	const leadMix = months();
	for (const deal of deals) {
		const cell = dealMix[monthOfDay(deal.createdDay)];
		cell.total++;
		if (deal.group === 'icp') cell.icp++;
	}
	for (const lead of leads) {
		if (lead.group === 'noAccount') continue;
		const cell = leadMix[monthOfDay(lead.createdDay)];
		cell.total++;
		if (lead.group === 'icp') cell.icp++;
	}
	for (const cell of [...dealMix, ...leadMix]) cell.share = ratio(cell.icp, cell.total);
	return { planted: { ...PLANTED.icpShare }, deals: dealMix, leads: leadMix };
}

export function tierCounts(accounts: GeneratedAccount[]): Record<IcpTier, number> {
	const tiers: Record<IcpTier, number> = { A: 0, B: 0, C: 0, out: 0 };
	for (const a of accounts) tiers[a.tier]++;
	return tiers;
}
