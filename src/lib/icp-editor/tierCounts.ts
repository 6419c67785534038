import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { TIERS, type Tier } from '../icp/types';
import accountsByTierSql from '../sql/icp-editor/accounts_by_tier.sql?raw';
import criterionCountsSql from '../sql/icp-editor/criterion_counts.sql?raw';
import dealsByTierSql from '../sql/icp-editor/deals_by_tier.sql?raw';

/** Deals are classified into the account tiers plus 'unknown' (the deal's account is missing). */
export const DEAL_TIERS = [...TIERS, 'unknown'] as const;
export type DealTier = (typeof DEAL_TIERS)[number];

export interface DealCounts {
	deals: number;
	closed: number;
	won: number;
}

export interface TierCounts {
	/** Per version of the installed ICP, in definition order: accounts in each tier. */
	accounts: { version: string; byTier: Record<Tier, number> }[];
	/** Deals in each tier as the KPIs classify them. */
	deals: Record<DealTier, DealCounts>;
}

const zeroTiers = (): Record<Tier, number> => ({ A: 0, B: 0, C: 0, out: 0 });

/** Accounts per tier under each version and deals per tier as classified now (accounts_by_tier.sql, deals_by_tier.sql). */
export async function queryTierCounts(engine: Engine): Promise<TierCounts> {
	const accountRows = tableRows<{ version: string; tier: Tier; accounts: number }>(await engine.query(accountsByTierSql));
	const accounts: TierCounts['accounts'] = [];
	for (const row of accountRows) {
		let entry = accounts.find((a) => a.version === row.version);
		if (!entry) accounts.push((entry = { version: row.version, byTier: zeroTiers() }));
		entry.byTier[row.tier] = row.accounts;
	}
	const deals = Object.fromEntries(DEAL_TIERS.map((t) => [t, { deals: 0, closed: 0, won: 0 }])) as Record<DealTier, DealCounts>;
	for (const row of tableRows<{ tier: DealTier; deals: number; closed: number; won: number }>(await engine.query(dealsByTierSql))) {
		deals[row.tier] = { deals: row.deals, closed: row.closed, won: row.won };
	}
	return { accounts, deals };
}

/** Per version, per criterion name: accounts the criterion counts for (criterion_counts.sql). */
export async function queryCriterionCounts(engine: Engine): Promise<Map<string, Map<string, number>>> {
	const counts = new Map<string, Map<string, number>>();
	for (const row of tableRows<{ version: string; name: string; accounts: number }>(await engine.query(criterionCountsSql))) {
		if (!counts.has(row.version)) counts.set(row.version, new Map());
		counts.get(row.version)?.set(row.name, row.accounts);
	}
	return counts;
}
