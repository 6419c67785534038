import type { Engine } from '../db/engine';
import canonicalTables from '../sql/model/canonical_tables.sql?raw';
import { seededRandom } from '../stats/random';

/** Random canonical data for checking the KPI views against plain TypeScript. Tests only. */
export interface TestAccount {
	account_id: string;
	employees: number | null;
	/** The tier the stand-in classifier gives this account. */
	tier_hint: 'A' | 'B' | 'C' | 'out';
}
export interface TestDeal {
	deal_id: string;
	account_id: string | null;
	created_at: string;
	closed_at: string | null;
	status: 'won' | 'lost' | 'open';
	amount: number | null;
	campaign: string | null;
	owner: string;
}
export interface TestLead {
	lead_id: string;
	account_id: string | null;
	campaign: string | null;
	channel: string | null;
	created_at: string;
	mql_at: string | null;
	sql_at: string | null;
	deal_id: string | null;
}
export interface TestRevenue {
	account_id: string;
	month: string;
	mrr: number;
}
export interface TestData {
	accounts: TestAccount[];
	deals: TestDeal[];
	leads: TestLead[];
	revenue: TestRevenue[];
}

export const TEST_CAMPAIGNS = ['Webinar', 'Paid search', 'Partner', 'Events', 'Outbound'];
export const TEST_OWNERS = ['ana', 'bo', 'cy'];
const CHANNELS: Record<string, string[]> = {
	Webinar: ['Content'],
	'Paid search': ['Paid', 'Content'],
	Partner: ['Partner'],
	Events: ['Field'],
	Outbound: ['Outbound', 'Field']
};

const DAY = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const monthOf = (iso: string) => iso.slice(0, 7);
export function addMonths(month: string, n: number): string {
	const [y, m] = month.split('-').map(Number);
	const total = y * 12 + (m - 1) + n;
	return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}
export function monthsBetween(from: string, to: string): number {
	const [y1, m1] = from.split('-').map(Number);
	const [y2, m2] = to.split('-').map(Number);
	return (y2 - y1) * 12 + (m2 - m1);
}

/** Two years of data (2023-2024) with unknown accounts, missing amounts, lead-less campaigns and churn gaps. */
export function randomTestData(seed: number, size = { accounts: 60, deals: 400, leads: 500 }): TestData {
	const r = seededRandom(seed);
	const start = dayMs('2023-01-01');
	const span = 730;
	const accounts: TestAccount[] = Array.from({ length: size.accounts }, (_, i) => ({
		account_id: `acc-${i}`,
		employees: r.chance(0.1) ? null : r.pick([12, 60, 99, 100, 450, 999, 1000, 5000]),
		tier_hint: r.weighted(['A', 'B', 'C', 'out'] as const, [3, 3, 2, 3])
	}));
	const accountRef = () => (r.chance(0.08) ? (r.chance(0.5) ? null : 'acc-missing') : r.pick(accounts).account_id);
	const deals: TestDeal[] = Array.from({ length: size.deals }, (_, i) => {
		const created = start + r.int(0, span - 1) * DAY;
		const status = r.weighted(['won', 'lost', 'open'] as const, [3, 4, 2]);
		const closed = status === 'open' ? null : created + (r.chance(0.02) ? -3 : r.int(0, 150)) * DAY;
		return {
			deal_id: `deal-${i}`,
			account_id: accountRef(),
			created_at: isoDay(created),
			closed_at: closed === null ? null : isoDay(closed),
			status,
			amount: r.chance(0.12) ? null : Math.round(r.logNormal(20000, 0.8)),
			campaign: r.chance(0.1) ? null : r.pick([...TEST_CAMPAIGNS, 'Referral']),
			owner: r.pick(TEST_OWNERS)
		};
	});
	const leads: TestLead[] = Array.from({ length: size.leads }, (_, i) => {
		const created = start + r.int(0, span - 1) * DAY;
		const campaign = r.chance(0.05) ? null : r.pick(TEST_CAMPAIGNS);
		const mql = r.chance(0.6);
		const sql = r.chance(mql ? 0.5 : 0.1);
		const deal = r.chance(sql ? 0.5 : 0.05) ? r.pick(deals).deal_id : null;
		return {
			lead_id: `lead-${i}`,
			account_id: r.chance(0.15) ? null : accountRef(),
			campaign,
			channel: r.chance(0.03) ? null : campaign === null ? r.pick(['Content', 'Paid']) : r.pick(CHANNELS[campaign]),
			created_at: isoDay(created),
			mql_at: mql ? isoDay(created + 5 * DAY) : null,
			sql_at: sql ? isoDay(created + 20 * DAY) : null,
			deal_id: deal
		};
	});
	const revenue: TestRevenue[] = [];
	for (const id of [...accounts.map((a) => a.account_id), 'acc-missing']) {
		if (r.chance(0.25)) continue;
		let month = addMonths('2023-01', r.int(0, 20));
		let mrr = Math.round(r.logNormal(1000, 0.6));
		while (month <= '2024-12') {
			if (r.chance(0.06)) {
				if (r.chance(0.5)) break;
				month = addMonths(month, r.int(1, 4));
				continue;
			}
			if (r.chance(0.03)) revenue.push({ account_id: id, month: `${month}-01`, mrr: 0 });
			else revenue.push({ account_id: id, month: `${month}-01`, mrr });
			if (r.chance(0.15)) mrr = Math.max(50, Math.round(mrr * r.logNormal(1, 0.3)));
			month = addMonths(month, 1);
		}
	}
	return { accounts, deals, leads, revenue };
}

function literal(value: string | number | null): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number') return String(value);
	return `'${value.replaceAll("'", "''")}'`;
}

async function insertRows<T extends object>(engine: Engine, table: string, columns: (keyof T & string)[], rows: T[]): Promise<void> {
	if (rows.length === 0) return;
	const values = rows.map((row) => `(${columns.map((c) => literal(row[c] as string | number | null)).join(', ')})`);
	await engine.exec(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(',\n')}`);
}

/**
 * Loads the data into fresh canonical tables and creates stand-ins for the ICP compiler's
 * *_classified views: tier = accounts.tier_hint, is_icp = tier A or B.
 */
export async function loadTestData(engine: Engine, data: TestData): Promise<void> {
	await engine.exec('DROP VIEW IF EXISTS deals_classified; DROP VIEW IF EXISTS accounts_classified; DROP VIEW IF EXISTS leads_classified; DROP VIEW IF EXISTS revenue_classified;');
	await engine.exec('DROP TABLE IF EXISTS accounts; DROP TABLE IF EXISTS deals; DROP TABLE IF EXISTS leads; DROP TABLE IF EXISTS revenue;');
	await engine.exec(canonicalTables);
	await engine.exec('ALTER TABLE accounts ADD COLUMN tier_hint VARCHAR');
	await insertRows(engine, 'accounts', ['account_id', 'employees', 'tier_hint'], data.accounts);
	await insertRows(engine, 'deals', ['deal_id', 'account_id', 'created_at', 'closed_at', 'status', 'amount', 'campaign', 'owner'], data.deals);
	await insertRows(engine, 'leads', ['lead_id', 'account_id', 'campaign', 'channel', 'created_at', 'mql_at', 'sql_at', 'deal_id'], data.leads);
	await insertRows(engine, 'revenue', ['account_id', 'month', 'mrr'], data.revenue);
	await engine.exec(`
		CREATE VIEW accounts_classified AS
			SELECT a.*, a.tier_hint AS tier, a.tier_hint IN ('A', 'B') AS is_icp, 50.0 AS score FROM accounts a;
		CREATE VIEW deals_classified AS
			SELECT d.*, '2' AS icp_version, coalesce(a.tier_hint, 'unknown') AS tier,
				coalesce(a.tier_hint IN ('A', 'B'), false) AS is_icp, a.account_id IS NOT NULL AS account_known
			FROM deals d LEFT JOIN accounts a USING (account_id);
		CREATE VIEW leads_classified AS
			SELECT l.*, coalesce(a.tier_hint, 'no account') AS tier, coalesce(a.tier_hint IN ('A', 'B'), false) AS is_icp
			FROM leads l LEFT JOIN accounts a USING (account_id);
		CREATE VIEW revenue_classified AS
			SELECT r.*, coalesce(a.tier_hint, 'unknown') AS tier, coalesce(a.tier_hint IN ('A', 'B'), false) AS is_icp
			FROM revenue r LEFT JOIN accounts a USING (account_id);
	`);
}

/** Segment of an account id as the views define it. */
export function segmentOf(data: TestData, accountId: string | null): string {
	const employees = data.accounts.find((a) => a.account_id === accountId)?.employees ?? null;
	if (employees === null) return 'Unknown';
	return employees < 100 ? 'SMB' : employees < 1000 ? 'Mid-market' : 'Enterprise';
}

/** 'icp' | 'non_icp' | 'unknown' of an account id under the stand-in classifier. */
export function icpGroupOf(data: TestData, accountId: string | null): 'icp' | 'non_icp' | 'unknown' {
	const account = data.accounts.find((a) => a.account_id === accountId);
	if (!account) return 'unknown';
	return account.tier_hint === 'A' || account.tier_hint === 'B' ? 'icp' : 'non_icp';
}

/** Channel of a campaign as the views define it: its most frequent lead channel, ties alphabetical. */
export function campaignChannelOf(data: TestData, campaign: string | null): string {
	if (campaign === null) return 'Direct';
	const counts = new Map<string, number>();
	for (const l of data.leads) if (l.campaign === campaign && l.channel !== null) counts.set(l.channel, (counts.get(l.channel) ?? 0) + 1);
	const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
	return ranked[0]?.[0] ?? 'Direct';
}

/** Whether a deal passes the owner / segment / channel filters as deals_in_scope.sql applies them. */
export function dealInScope(data: TestData, deal: TestDeal, filter: { owner?: string | null; segment?: string | null; channel?: string | null }): boolean {
	return (
		(!filter.owner || deal.owner === filter.owner) &&
		(!filter.segment || segmentOf(data, deal.account_id) === filter.segment) &&
		(!filter.channel || campaignChannelOf(data, deal.campaign) === filter.channel)
	);
}

export interface ReferenceCustomer {
	account_id: string;
	start: string;
	/** 'YYYY-MM' of the first lapse, null while never lapsed. */
	churn: string | null;
	group: 'icp' | 'non_icp' | 'unknown';
}

/** Customers as customers_in_scope.sql defines them, computed in plain TypeScript. */
export function referenceCustomers(data: TestData, filter: { owner?: string | null; segment?: string | null; channel?: string | null }) {
	const mrr = new Map<string, Map<string, number>>();
	for (const row of data.revenue) {
		const months = mrr.get(row.account_id) ?? new Map<string, number>();
		months.set(monthOf(row.month), (months.get(monthOf(row.month)) ?? 0) + row.mrr);
		mrr.set(row.account_id, months);
	}
	const allMonths = data.revenue.map((r) => monthOf(r.month)).sort();
	const revenueStart = allMonths[0];
	const revenueEnd = allMonths.at(-1)!;
	const paying = (account: string, month: string) => (mrr.get(account)?.get(month) ?? 0) > 0;
	const mrrOf = (account: string, month: string) => (paying(account, month) ? mrr.get(account)!.get(month)! : 0);
	const customers: ReferenceCustomer[] = [];
	for (const [account, months] of mrr) {
		const active = [...months].filter(([, v]) => v > 0).map(([m]) => m).sort();
		if (active.length === 0) continue;
		if (filter.segment && segmentOf(data, account) !== filter.segment) continue;
		if ((filter.owner || filter.channel) && !data.deals.some((d) => d.account_id === account && dealInScope(data, d, filter))) continue;
		let churn: string | null = null;
		for (let m = active[0]; m < revenueEnd; m = addMonths(m, 1)) {
			if (paying(account, m) && !paying(account, addMonths(m, 1))) {
				churn = addMonths(m, 1);
				break;
			}
		}
		customers.push({ account_id: account, start: active[0], churn, group: icpGroupOf(data, account) });
	}
	return { customers, paying, mrrOf, revenueStart, revenueEnd };
}
