import type { Random } from '../stats/random';
import type { AccountPicker, Group } from './accountPicker';
import type { GeneratedAccount } from './accounts';
import { DATA_END_DAY, MONTHS, daysInMonth, isWeekend, isoDate, monthOfDay, monthStartDay } from './calendar';
import { PLANTED, type SamplePlan } from './plan';
import type { DealRow } from './types';

export interface GeneratedDeal {
	row: DealRow;
	createdDay: number;
	closedDay: number | null;
	/** ICP group by the sample's v2 classification; unknown accounts are non-ICP. */
	group: Group;
	/** Index into the accounts, or -1 when the account is unknown. */
	accountIndex: number;
}

export const OWNERS = ['Maya Chen', 'Jonas Becker', 'Priya Nair', "Liam O'Connor", 'Sofia Rossi', 'Daniel Okafor', 'Emma Lindqvist', 'Carlos Mendes'];
const OWNER_WEIGHTS = [16, 15, 14, 13, 12, 11, 10, 9];
const DIRECT_CAMPAIGNS = [null, 'Outbound', 'Referral', 'Website'];
const DIRECT_CAMPAIGN_WEIGHTS = [35, 40, 12, 13];

/** Volume grows by 40% over the three years. */
export const growth = (month: number): number => 1 + (0.4 * month) / (MONTHS - 1);

/** A business day most of the time: a weekend draw is replaced by a second draw 80% of the time. */
export function dayInMonth(rng: Random, month: number): number {
	const start = monthStartDay(month);
	const last = daysInMonth(month) - 1;
	const first = start + rng.int(0, last);
	const second = start + rng.int(0, last);
	return isWeekend(first) && rng.chance(0.8) ? second : first;
}

/** Count per month: the expected volume plus normal noise of Poisson size. */
export function monthlyCounts(rng: Random, total: number): number[] {
	const weights = Array.from({ length: MONTHS }, (_, m) => growth(m));
	const sum = weights.reduce((a, b) => a + b, 0);
	return weights.map((w) => {
		const expected = (total * w) / sum;
		return Math.max(0, Math.round(expected + Math.sqrt(expected) * rng.normal()));
	});
}

/** Start MRR and deal amounts / 12 share one log-normal with the planted mean. */
export const startMrrMedian = (mean: number): number => mean / Math.exp(PLANTED.startMrrSigma ** 2 / 2);

interface DealStreams {
	shape: Random;
	outcome: Random;
	attributes: Random;
}

export function generateDeals(streams: DealStreams, plan: SamplePlan, accounts: GeneratedAccount[], picker: AccountPicker, total: number): GeneratedDeal[] {
	const { shape, outcome, attributes } = streams;
	const unknownIds = Math.max(1, Math.round(total * PLANTED.unknownAccountShare * 0.6));
	const idWidth = Math.max(5, String(accounts.length).length);
	const unknownAccountId = (k: number) => `A-${String(accounts.length + 1000 + k).padStart(idWidth, '0')}`;
	const deals: GeneratedDeal[] = [];
	monthlyCounts(shape, total).forEach((count, month) => {
		for (let i = 0; i < count; i++) {
			const createdDay = dayInMonth(shape, month);
			const unknown = shape.chance(PLANTED.unknownAccountShare);
			const group: Group = shape.chance(plan.icpShare(month)) && !unknown ? 'icp' : 'nonIcp';
			const accountDraw = shape.next();
			const accountIndex = unknown ? -1 : picker.pick(group, createdDay, accountDraw);
			const accountId = unknown ? unknownAccountId(Math.floor(accountDraw * unknownIds)) : accounts[accountIndex].row.account_id;

			const wonCycle = Math.max(1, Math.round(outcome.logNormal(plan.wonCycleMedian[group], PLANTED.cycleSigma.won)));
			const lostCycle = Math.max(1, Math.round(outcome.logNormal(plan.lostCycleMedian[group], PLANTED.cycleSigma.lost)));
			const winDraw = outcome.next();
			// The win probability is the one of the month the deal would close in if won (see README).
			const wonCloseMonth = Math.min(MONTHS - 1, monthOfDay(createdDay + wonCycle));
			const won = winDraw < plan.winProbability(wonCloseMonth)[group];
			const closeDay = createdDay + (won ? wonCycle : lostCycle);
			const closedDay = closeDay > DATA_END_DAY ? null : closeDay;

			const amount = Math.round((12 * attributes.logNormal(startMrrMedian(plan.startMrrMean[group]), PLANTED.startMrrSigma)) / 100) * 100;
			const nullAmount = attributes.chance(PLANTED.nullAmountShare);
			const owner = attributes.weighted(OWNERS, OWNER_WEIGHTS);
			const campaign = attributes.weighted(DIRECT_CAMPAIGNS, DIRECT_CAMPAIGN_WEIGHTS);
			deals.push({
				row: {
					deal_id: '',
					account_id: accountId,
					created_at: isoDate(createdDay),
					closed_at: closedDay === null ? null : isoDate(closedDay),
					status: closedDay === null ? 'open' : won ? 'won' : 'lost',
					amount: nullAmount ? null : amount,
					currency: 'USD',
					campaign,
					owner
				},
				createdDay,
				closedDay,
				group,
				accountIndex
			});
		}
	});
	deals.sort((a, b) => a.createdDay - b.createdDay);
	const width = Math.max(6, String(deals.length).length);
	deals.forEach((deal, i) => (deal.row.deal_id = `D-${String(i + 1).padStart(width, '0')}`));
	return deals;
}
