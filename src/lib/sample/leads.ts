import type { Random } from '../stats/random';
import type { AccountPicker, Group } from './accountPicker';
import type { GeneratedAccount } from './accounts';
import { DATA_END_DAY, MONTHS, isoDate } from './calendar';
import { CAMPAIGNS, normalizedIcpFactors } from './campaigns';
import { dayInMonth, growth, type GeneratedDeal } from './deals';
import { PLANTED, type SamplePlan } from './plan';
import type { LeadRow } from './types';

export type LeadGroup = Group | 'noAccount';

export interface GeneratedLead {
	row: LeadRow;
	createdDay: number;
	group: LeadGroup;
	campaignIndex: number;
}

/** A converting lead's deal is created this many days after the lead at the earliest (log-normal median). */
const LEAD_TO_DEAL_MEDIAN_DAYS = 21;
/** How far past that the lead may find its deal before it counts as not (yet) converted. */
const MATCH_WINDOW_DAYS = 30;

interface LeadDraft {
	createdDay: number;
	group: LeadGroup;
	campaignIndex: number;
}

function draftLeads(rng: Random, plan: SamplePlan, total: number): LeadDraft[] {
	const expected = (c: number, m: number) => (CAMPAIGNS[c].active(m) ? CAMPAIGNS[c].volume * growth(m) : 0);
	let fullSize = 0;
	for (let m = 0; m < MONTHS; m++) for (let c = 0; c < CAMPAIGNS.length; c++) fullSize += expected(c, m);
	const drafts: LeadDraft[] = [];
	for (let month = 0; month < MONTHS; month++) {
		const factors = normalizedIcpFactors(month);
		const icpShare = plan.icpShare(month);
		CAMPAIGNS.forEach((campaign, campaignIndex) => {
			if (!campaign.active(month)) return;
			const mean = (expected(campaignIndex, month) * total) / fullSize;
			const count = Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
			const pIcp = Math.min(0.95, icpShare * factors[campaignIndex]);
			for (let i = 0; i < count; i++) {
				const createdDay = dayInMonth(rng, month);
				const noAccount = rng.chance(PLANTED.noAccountLeadShare);
				const icp = rng.chance(pIcp);
				drafts.push({ createdDay, group: noAccount ? 'noAccount' : icp ? 'icp' : 'nonIcp', campaignIndex });
			}
		});
	}
	return drafts.sort((a, b) => a.createdDay - b.createdDay);
}

/** Deals of known accounts by group, in creation order, that a converting lead can claim once. */
function dealPool(deals: GeneratedDeal[], group: Group) {
	const indexes = deals.flatMap((d, i) => (d.group === group && d.accountIndex >= 0 ? [i] : []));
	const days = indexes.map((i) => deals[i].createdDay);
	const taken = new Uint8Array(indexes.length);
	return {
		/** The first unclaimed deal created in [from, from + window] whose account existed on `leadDay`. */
		claim(from: number, leadDay: number, accounts: GeneratedAccount[]): number | null {
			let lo = 0;
			let hi = days.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (days[mid] < from) lo = mid + 1;
				else hi = mid;
			}
			for (let k = lo; k < days.length && days[k] <= from + MATCH_WINDOW_DAYS; k++) {
				if (taken[k] || accounts[deals[indexes[k]].accountIndex].createdDay > leadDay) continue;
				taken[k] = 1;
				return indexes[k];
			}
			return null;
		}
	};
}

/**
 * Leads in twelve campaigns. A lead's ICP group is drawn from the month's ICP share times its
 * campaign's targeting factor; its funnel (MQL ⊇ SQL ⊇ deal) from the group's planted rates. A
 * lead meant to convert claims the next free deal of its group and gives it its campaign; when
 * none is left near the data end it stays unconverted, as a real lead still in the funnel would.
 */
export function generateLeads(
	streams: { base: Random; funnel: Random },
	plan: SamplePlan,
	accounts: GeneratedAccount[],
	picker: AccountPicker,
	deals: GeneratedDeal[],
	total: number
): GeneratedLead[] {
	const rng = streams.funnel;
	const pools = { icp: dealPool(deals, 'icp'), nonIcp: dealPool(deals, 'nonIcp') };
	const width = Math.max(6, String(total).length);
	return draftLeads(streams.base, plan, total).map((draft, i) => {
		const { createdDay, group, campaignIndex } = draft;
		const campaign = CAMPAIGNS[campaignIndex];
		const funnel = plan.leadFunnel[group];
		const destined = rng.chance(funnel.deal);
		const reachesSql = rng.chance((funnel.sql - funnel.deal) / (1 - funnel.deal)) || destined;
		const reachesMql = rng.chance((funnel.mql - funnel.sql) / (1 - funnel.sql)) || reachesSql;
		const lag = Math.max(3, Math.round(rng.logNormal(LEAD_TO_DEAL_MEDIAN_DAYS, 0.6)));
		const mqlShare = 0.1 + 0.3 * rng.next();
		const sqlShare = 0.5 + 0.45 * rng.next();
		const mqlDelay = Math.max(0, Math.round(rng.logNormal(5, 0.6)));
		const sqlDelay = Math.max(1, Math.round(rng.logNormal(9, 0.6)));
		const accountDraw = rng.next();

		const dealIndex = destined ? pools[group === 'icp' ? 'icp' : 'nonIcp'].claim(createdDay + lag, createdDay, accounts) : null;
		const row: LeadRow = {
			lead_id: `L-${String(i + 1).padStart(width, '0')}`,
			account_id: null,
			campaign: campaign.name,
			channel: campaign.channel,
			created_at: isoDate(createdDay),
			mql_at: null,
			sql_at: null,
			deal_id: null
		};
		if (dealIndex !== null) {
			const deal = deals[dealIndex];
			const span = deal.createdDay - createdDay;
			deal.row.campaign = campaign.name;
			row.deal_id = deal.row.deal_id;
			row.account_id = group === 'noAccount' ? null : deal.row.account_id;
			row.mql_at = isoDate(createdDay + Math.round(span * mqlShare));
			row.sql_at = isoDate(createdDay + Math.round(span * sqlShare));
		} else {
			if (group !== 'noAccount') row.account_id = accounts[picker.pick(group, createdDay, accountDraw)].row.account_id;
			const mqlDay = createdDay + mqlDelay;
			const sqlDay = mqlDay + sqlDelay;
			if (reachesMql && mqlDay <= DATA_END_DAY) row.mql_at = isoDate(mqlDay);
			if (reachesSql && sqlDay <= DATA_END_DAY) row.sql_at = isoDate(sqlDay);
		}
		return { row, createdDay, group, campaignIndex };
	});
}
