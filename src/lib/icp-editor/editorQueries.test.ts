import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { prepareDatabase } from '../db/prepareDatabase';
import { tableRows, type Row } from '../db/rows';
import { evaluateIcpReference } from '../icp/evaluateIcpReference';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import { TIERS, type IcpDefinition, type Tier } from '../icp/types';
import { loadSampleParquet } from '../sample/writeSample';
import { queryAccountDetails, searchAccounts } from './accountWhy';
import { prepareComparison, queryBacktestCounts, queryMovers, queryTransitions, type BacktestCounts, type CompareSide } from './compareVersions';
import { removeCriterion, replaceCriterion } from './draftEdits';
import { DEAL_TIERS, queryCriterionCounts, queryTierCounts, type DealTier, type TierCounts } from './tierCounts';

const parsed = parseIcpDefinition(JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const bundled: IcpDefinition = parsed.definition;

/** Version 2 with the employee range widened to 20–5,000 and the region must removed. */
const edited: IcpDefinition = removeCriterion(
	replaceCriterion(bundled, 1, 1, { name: '20-5,000 employees', field: 'employees', op: 'between', value: [20, 5000], kind: 'must' }),
	1,
	2
);

interface DealRow extends Row {
	account_id: string | null;
	created: string;
	status: string;
}

let db: Engine;
let accounts: Row[];
let deals: DealRow[];

beforeAll(async () => {
	db = await openNodeEngine();
	await loadSampleParquet(db, new URL('../../../data/sample', import.meta.url).pathname);
	await prepareDatabase(db, bundled);
	accounts = tableRows(await db.query('SELECT * FROM accounts'));
	deals = tableRows<DealRow>(await db.query('SELECT account_id, CAST(created_at AS VARCHAR) AS created, status FROM deals'));
});
afterAll(() => db.close());

/** Every account's tier under every version, by the plain-TypeScript evaluator. */
function referenceTiers(definition: IcpDefinition): Map<string, Map<string, Tier>> {
	const tiers = new Map<string, Map<string, Tier>>();
	for (const v of definition.versions) {
		tiers.set(v.version, new Map(accounts.map((a) => [a.account_id as string, evaluateIcpReference(definition, v.version, a).tier])));
	}
	return tiers;
}

function versionAt(definition: IcpDefinition, day: string): string {
	const inForce = definition.versions.filter((v) => v.effectiveFrom <= day).at(-1) ?? definition.versions[0];
	return inForce.version;
}

function referenceCounts(definition: IcpDefinition, classifyBy: string | null): TierCounts {
	const tiers = referenceTiers(definition);
	const accountsByVersion = definition.versions.map((v) => {
		const byTier = { A: 0, B: 0, C: 0, out: 0 };
		for (const tier of tiers.get(v.version)!.values()) byTier[tier]++;
		return { version: v.version, byTier };
	});
	const dealCounts = Object.fromEntries(DEAL_TIERS.map((t) => [t, { deals: 0, closed: 0, won: 0 }])) as TierCounts['deals'];
	for (const deal of deals) {
		const version = classifyBy ?? versionAt(definition, deal.created);
		const tier: DealTier = (deal.account_id !== null && tiers.get(version)!.get(deal.account_id)) || 'unknown';
		dealCounts[tier].deals++;
		if (deal.status === 'won' || deal.status === 'lost') dealCounts[tier].closed++;
		if (deal.status === 'won') dealCounts[tier].won++;
	}
	return { accounts: accountsByVersion, deals: dealCounts };
}

describe('tier counts', () => {
	it('count accounts per tier under each version and deals per tier as classified, as the reference evaluator does', async () => {
		const counts = await queryTierCounts(db);
		expect(counts).toEqual(referenceCounts(bundled, null));
		expect(counts.deals.unknown.deals).toBeGreaterThan(0);
	});

	it('follow the "classify all history by one version" switch', async () => {
		await prepareDatabase(db, bundled, { classifyBy: '1' });
		try {
			expect(await queryTierCounts(db)).toEqual(referenceCounts(bundled, '1'));
		} finally {
			await prepareDatabase(db, bundled);
		}
	});

	it('follow an edited definition once it is installed', async () => {
		await prepareDatabase(db, edited);
		try {
			const counts = await queryTierCounts(db);
			expect(counts).toEqual(referenceCounts(edited, null));
			expect(counts.accounts[1].byTier).not.toEqual(referenceCounts(bundled, null).accounts[1].byTier);
		} finally {
			await prepareDatabase(db, bundled);
		}
	});

	it('count, per criterion, the accounts it counts for', async () => {
		const counts = await queryCriterionCounts(db);
		for (const version of bundled.versions) {
			for (const criterion of version.criteria) {
				const expected = accounts.filter((a) => evaluateIcpReference(bundled, version.version, a).matched.includes(criterion.name)).length;
				expect(counts.get(version.version)?.get(criterion.name) ?? 0, `${version.version}: ${criterion.name}`).toBe(expected);
			}
		}
	});
});

describe('why an account is in or out', () => {
	it('finds accounts by part of the name or id, ignoring case, at most 20, by name', async () => {
		const found = await searchAccounts(db, 'ANALYTICS');
		expect(found).toHaveLength(20);
		expect(found.every((f) => f.name?.toLowerCase().includes('analytics'))).toBe(true);
		expect(found.map((f) => f.name)).toEqual([...found.map((f) => f.name)].sort((a, b) => (a! < b! ? -1 : 1)));
		expect(await searchAccounts(db, 'a-00001')).toEqual([{ account_id: 'A-00001', name: "Rossi's Finance GmbH" }]);
		const quoted = await searchAccounts(db, "rossi's fin");
		expect(quoted.map((f) => f.account_id)).toContain('A-00001');
		expect(quoted.every((f) => f.name?.toLowerCase().includes("rossi's fin"))).toBe(true);
		expect(await searchAccounts(db, '   ')).toEqual([]);
	});

	it('matches % and _ literally, not as wildcards', async () => {
		expect(accounts.some((a) => String(a.name).includes('%') || String(a.name).includes('_'))).toBe(false);
		expect(await searchAccounts(db, '%')).toEqual([]);
		expect(await searchAccounts(db, '_')).toEqual([]);
		expect(await searchAccounts(db, 'A-0000_')).toEqual([]);
	});

	it('gives an account’s attributes and its fit under every version, as the reference evaluator does', async () => {
		for (const account of accounts.filter((_, i) => i % 600 === 0)) {
			const details = await queryAccountDetails(db, account.account_id as string);
			expect(details?.attributes).toEqual(account);
			const expected = bundled.versions.map((v) => {
				const { score, tier, matched, failed } = evaluateIcpReference(bundled, v.version, account);
				return { version: v.version, score, tier, matched, failed };
			});
			expect(details?.fits).toEqual(expected);
		}
		expect(await queryAccountDetails(db, 'no such account')).toBeNull();
	});
});

describe('comparing two definitions', () => {
	const savedV2: CompareSide = { source: 'saved', version: '2' };
	const draftV2: CompareSide = { source: 'applied', version: '2' };

	function referenceBacktest(tiers: Map<string, Tier>): BacktestCounts {
		const counts: BacktestCounts = { icp: { won: 0, lost: 0 }, nonIcp: { won: 0, lost: 0 }, unknown: { won: 0, lost: 0 } };
		for (const deal of deals) {
			if (deal.status !== 'won' && deal.status !== 'lost') continue;
			const tier = deal.account_id === null ? undefined : tiers.get(deal.account_id);
			const group = tier === undefined ? counts.unknown : tier === 'A' || tier === 'B' ? counts.icp : counts.nonIcp;
			group[deal.status === 'won' ? 'won' : 'lost']++;
		}
		return counts;
	}

	it('moves accounts between tiers from the saved definition to a draft exactly as the reference does', async () => {
		await prepareDatabase(db, edited);
		try {
			await prepareComparison(db, bundled);
			const before = referenceTiers(bundled).get('2')!;
			const after = referenceTiers(edited).get('2')!;
			const matrix = await queryTransitions(db, savedV2, draftV2);
			for (const x of TIERS) {
				for (const y of TIERS) {
					const expected = [...before].filter(([id, tier]) => tier === x && after.get(id) === y).length;
					expect(matrix.counts[x][y], `${x} → ${y}`).toBe(expected);
				}
			}
			expect(matrix.total).toBe(accounts.length);
			expect(matrix.moved).toBeGreaterThan(100);

			const movers = await queryMovers(db, savedV2, draftV2);
			expect(movers).toHaveLength(100);
			const rank = (t: Tier) => TIERS.indexOf(t);
			for (const m of movers) expect([m.tier_x, m.tier_y]).toEqual([before.get(m.account_id), after.get(m.account_id)]);
			const jumps = movers.map((m) => Math.abs(rank(m.tier_x) - rank(m.tier_y)));
			expect(jumps).toEqual([...jumps].sort((a, b) => b - a));

			const backtest = await queryBacktestCounts(db, savedV2, draftV2);
			expect(backtest).toEqual({ x: referenceBacktest(before), y: referenceBacktest(after) });
		} finally {
			await prepareDatabase(db, bundled);
		}
	});

	it('compares two versions of the applied definition when there is no separate saved one', async () => {
		await prepareComparison(db, null);
		const v1: CompareSide = { source: 'applied', version: '1' };
		const backtest = await queryBacktestCounts(db, v1, draftV2);
		expect(backtest).toEqual({ x: referenceBacktest(referenceTiers(bundled).get('1')!), y: referenceBacktest(referenceTiers(bundled).get('2')!) });
		expect((await queryTransitions(db, savedV2, draftV2)).total).toBe(0);
	});
});
