import { accountPicker } from './accountPicker';
import { generateAccounts } from './accounts';
import { DATA_END_DAY, DATA_START_DAY, MONTHS, isoDate, monthKey } from './calendar';
import { generateDeals } from './deals';
import { ICP_V2 } from './icpV2';
import { generateLeads } from './leads';
import { DEFAULT_OPTIONS, DRIFT_START_MONTH, PLANTED, makePlan } from './plan';
import { generateRevenue, openingBook, revenueRows } from './revenue';
import { stream } from './streams';
import { leadTruth, mixTruth, revenueTruth, salesCycleTruth, tierCounts, winRateTruth } from './truth';
import type { SampleData, SampleOptions } from './types';

export type * from './types';
export { DEFAULT_OPTIONS, PLANTED } from './plan';

/**
 * A deterministic three-year history (2023-01 .. 2025-12) of accounts, deals, revenue and leads with
 * planted ICP effects, and the truth: each planted parameter with the value realized in these rows.
 */
export function generateSample(overrides: Partial<SampleOptions> = {}): SampleData {
	const options: SampleOptions = { ...DEFAULT_OPTIONS, ...overrides };
	if (!(options.scale > 0)) throw new Error(`generateSample: scale must be a positive number, got ${options.scale}`);
	const { seed, scale } = options;
	const size = (n: number) => Math.max(1, Math.round(n * scale));
	const plan = makePlan(options);

	const accounts = generateAccounts(stream(seed, 'accounts'), size(PLANTED.fullSize.accounts));
	const picker = accountPicker(accounts);
	const deals = generateDeals(
		{ shape: stream(seed, 'deals'), outcome: stream(seed, 'outcomes'), attributes: stream(seed, 'dealAttributes') },
		plan,
		accounts,
		picker,
		size(PLANTED.fullSize.deals)
	);
	const leads = generateLeads({ base: stream(seed, 'leads'), funnel: stream(seed, 'funnel') }, plan, accounts, picker, deals, size(PLANTED.fullSize.leads));
	const book = openingBook(stream(seed, 'book'), accounts, size(PLANTED.fullSize.openingBook));
	const revenue = generateRevenue((i) => stream(seed, 'revenue', i), plan, accounts, deals, book);

	const accountRows = accounts.map((a) => a.row);
	const dealRows = deals.map((d) => d.row);
	const revenueRowList = revenueRows(accounts, revenue);
	const leadRows = leads.map((l) => l.row);
	const countDeals = (predicate: (d: (typeof deals)[number]) => boolean) => deals.reduce((n, d) => n + (predicate(d) ? 1 : 0), 0);
	const lastDriftMonth = monthKey(MONTHS - 1);

	return {
		accounts: accountRows,
		deals: dealRows,
		revenue: revenueRowList,
		leads: leadRows,
		truth: {
			options,
			dataStart: isoDate(DATA_START_DAY),
			dataEnd: isoDate(DATA_END_DAY),
			counts: { accounts: accountRows.length, deals: dealRows.length, revenue: revenueRowList.length, leads: leadRows.length },
			icp: { version: ICP_V2.version, tiers: tierCounts(accounts), icpAccounts: accounts.filter((a) => a.isIcp).length },
			deals: {
				unknownAccount: countDeals((d) => d.accountIndex < 0),
				open: countDeals((d) => d.row.status === 'open'),
				won: countDeals((d) => d.row.status === 'won'),
				lost: countDeals((d) => d.row.status === 'lost'),
				nullAmount: countDeals((d) => d.row.amount === null),
				fromLeads: leadRows.filter((l) => l.deal_id !== null).length
			},
			erosion: { enabled: options.icpAdvantage && options.erosion, startMonth: monthKey(DRIFT_START_MONTH), endMonth: lastDriftMonth },
			mixDrift: { enabled: options.mixDrift, startMonth: monthKey(DRIFT_START_MONTH), endMonth: lastDriftMonth },
			winRate: winRateTruth(deals, plan),
			salesCycle: salesCycleTruth(deals),
			...revenueTruth(accounts, revenue),
			leads: leadTruth(leads),
			mix: mixTruth(deals, leads, plan)
		}
	};
}
