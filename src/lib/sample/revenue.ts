import type { Random } from '../stats/random';
import type { GeneratedAccount } from './accounts';
import { MONTHS, dayOf, isoDate, monthOfDay, monthStartDay } from './calendar';
import { startMrrMedian, type GeneratedDeal } from './deals';
import { PLANTED, type SamplePlan } from './plan';
import type { RevenueRow } from './types';

/** Accounts created by this day can be in the opening book of customers already paying in 2023-01. */
const OPENING_BOOK_CREATED_BY = dayOf(2022, 6, 30);

export interface AccountRevenue {
	/** mrr per month index, 0 when not a customer. */
	mrr: Float64Array;
	inOpeningBook: boolean;
}

/** Fisher–Yates on the eligible accounts: the opening book is a uniform draw of `size` of them. */
export function openingBook(rng: Random, accounts: GeneratedAccount[], size: number): Set<number> {
	const eligible = accounts.flatMap((a, i) => (a.createdDay <= OPENING_BOOK_CREATED_BY ? [i] : []));
	for (let i = eligible.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[eligible[i], eligible[j]] = [eligible[j], eligible[i]];
	}
	return new Set(eligible.slice(0, Math.min(size, eligible.length)));
}

/** Won deals of each account grouped by the month they closed in. */
function winsByAccount(deals: GeneratedDeal[], accountCount: number): Map<number, (number | null)[]>[] {
	const wins = Array.from({ length: accountCount }, () => new Map<number, (number | null)[]>());
	for (const deal of deals) {
		if (deal.row.status !== 'won' || deal.accountIndex < 0 || deal.closedDay === null) continue;
		const month = monthOfDay(deal.closedDay);
		const list = wins[deal.accountIndex].get(month) ?? [];
		list.push(deal.row.amount);
		wins[deal.accountIndex].set(month, list);
	}
	return wins;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Month-by-month customer state of one account. Deals won in a month take effect the next month:
 * the first one starts the subscription at amount / 12, later ones expand it. A paying customer
 * churns with the group's monthly hazard whatever it won last month (so the realized churn is the
 * planted hazard); a later win brings it back. Otherwise the mrr drifts a little and now and then
 * steps up or down (expansion, contraction). Every month draws the same five numbers, whatever
 * happens, so switches leave the others unchanged.
 */
export function simulateAccount(rng: Random, plan: SamplePlan, isIcp: boolean, inOpeningBook: boolean, wins: Map<number, (number | null)[]>): Float64Array {
	const group = isIcp ? 'icp' : 'nonIcp';
	const median = startMrrMedian(plan.startMrrMean[group]);
	const mrr = new Float64Array(MONTHS);
	let current = 0;
	for (let month = 0; month < MONTHS; month++) {
		const churnDraw = rng.next();
		const drift = rng.normal();
		const stepDraw = rng.next();
		const stepSize = 0.85 + 0.35 * rng.next();
		const freshMrr = rng.logNormal(median, PLANTED.startMrrSigma);
		let won = month === 0 ? [] : (wins.get(month - 1) ?? []);
		if (month === 0) {
			if (inOpeningBook) current = freshMrr;
		} else if (current > 0) {
			if (churnDraw < plan.churn[group]) {
				current = 0;
				won = [];
			} else current *= Math.exp(0.01 * drift) * (stepDraw < 0.04 ? stepSize : 1);
		}
		won.forEach((amount, k) => {
			const contract = amount === null ? freshMrr : amount / 12;
			current = current === 0 && k === 0 ? contract : current + PLANTED.expansionShare * contract;
		});
		mrr[month] = current > 0 ? cents(current) : 0;
	}
	return mrr;
}

export function generateRevenue(
	rngFor: (accountIndex: number) => Random,
	plan: SamplePlan,
	accounts: GeneratedAccount[],
	deals: GeneratedDeal[],
	book: Set<number>
): AccountRevenue[] {
	const wins = winsByAccount(deals, accounts.length);
	return accounts.map((account, i) => ({
		mrr: simulateAccount(rngFor(i), plan, account.isIcp, book.has(i), wins[i]),
		inOpeningBook: book.has(i)
	}));
}

export function revenueRows(accounts: GeneratedAccount[], revenue: AccountRevenue[]): RevenueRow[] {
	const months = Array.from({ length: MONTHS }, (_, m) => isoDate(monthStartDay(m)));
	const rows: RevenueRow[] = [];
	revenue.forEach(({ mrr }, i) => {
		mrr.forEach((value, m) => {
			if (value > 0) rows.push({ account_id: accounts[i].row.account_id, month: months[m], mrr: value });
		});
	});
	return rows;
}
