import { beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGNS, normalizedIcpFactors } from './campaigns';
import { OWNERS } from './deals';
import { generateSample } from './generateSample';
import { classifyIcpV2 } from './icpV2';
import { DEFAULT_OPTIONS, PLANTED, makePlan } from './plan';
import { median } from './truth';
import type { SampleData, WonLost } from './types';

/**
 * Tolerances are four standard errors of the quantity compared, from the sample size at hand:
 * proportions sqrt(p(1-p)/n); a difference of two independent estimates sqrt(se1² + se2²); a
 * log-normal sample median 1.2533·m·σ/√n (asymptotic variance of the median, 1/(4 f(m)² n), with
 * f(m) = 1/(m σ √(2π)) — e.g. Wasserman, All of Statistics, §9.8 / Serfling 1980, §2.3.3).
 */
const Z = 4;
const seProportion = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);
const closed = (c: WonLost) => c.won + c.lost;
const seOfRate = (c: WonLost) => seProportion(c.rate ?? NaN, closed(c));
const seDiff = (a: number, b: number) => Math.sqrt(a * a + b * b);
const seMedianLogNormal = (median: number, sigma: number, n: number) => (1.2533 * median * sigma) / Math.sqrt(n);
const monthIndex = (iso: string) => (Number(iso.slice(0, 4)) - 2023) * 12 + Number(iso.slice(5, 7)) - 1;
const days = (iso: string) => Date.parse(iso) / 86_400_000;

function icpByAccount(data: SampleData): Map<string, boolean> {
	return new Map(data.accounts.map((a) => [a.account_id, classifyIcpV2(a).isIcp]));
}

/** Median won cycle per group over deals created before 2025: they have all closed (no censoring by the data end). */
function uncensoredWonCycles(data: SampleData) {
	const isIcp = icpByAccount(data);
	const cycles = { icp: [] as number[], nonIcp: [] as number[] };
	for (const d of data.deals) {
		if (d.status !== 'won' || d.created_at >= '2025-01-01' || d.closed_at === null) continue;
		cycles[isIcp.get(d.account_id ?? '') ? 'icp' : 'nonIcp'].push(days(d.closed_at) - days(d.created_at));
	}
	return { icp: { median: median(cycles.icp) ?? NaN, n: cycles.icp.length }, nonIcp: { median: median(cycles.nonIcp) ?? NaN, n: cycles.nonIcp.length } };
}

function mixBeforeAndDuringDrift(shares: SampleData['truth']['mix']['deals']) {
	const sum = (cells: typeof shares) => {
		const icp = cells.reduce((s, c) => s + c.icp, 0);
		const total = cells.reduce((s, c) => s + c.total, 0);
		return { share: icp / total, se: seProportion(icp / total, total) };
	};
	return { before: sum(shares.slice(0, 30)), during: sum(shares.slice(30)) };
}

let base: SampleData;

beforeAll(() => {
	base = generateSample();
});

describe('generateSample: determinism and size', () => {
	it('gives identical rows and truth for the same seed, and a different history for another seed', () => {
		const a = generateSample({ scale: 0.1, seed: 7 });
		const b = generateSample({ scale: 0.1, seed: 7 });
		const c = generateSample({ scale: 0.1, seed: 8 });
		expect(b).toEqual(a);
		expect(c.truth).not.toEqual(a.truth);
		expect(c.deals.map((d) => d.created_at)).not.toEqual(a.deals.map((d) => d.created_at));
	});

	it('has the documented full size and scales the row counts', () => {
		const { counts } = base.truth;
		expect(counts.accounts).toBe(6000);
		expect(Math.abs(counts.deals - 40_000)).toBeLessThan(600);
		expect(Math.abs(counts.leads - 60_000)).toBeLessThan(800);
		const small = generateSample({ scale: 0.1 }).truth.counts;
		expect(small.accounts).toBe(600);
		expect(Math.abs(small.deals - 4000)).toBeLessThan(200);
		expect(Math.abs(small.leads - 6000)).toBeLessThan(250);
	});

	it('rejects a scale that is not a positive number', () => {
		expect(() => generateSample({ scale: 0 })).toThrow(/scale/);
	});
});

describe('generateSample: rows are a coherent export', () => {
	let data: SampleData;
	beforeAll(() => {
		data = generateSample({ scale: 0.2, seed: 3 });
	});

	it('has unique ids, unique company names (some with apostrophes) and eight owners', () => {
		const unique = (values: string[]) => new Set(values).size === values.length;
		expect(unique(data.accounts.map((a) => a.account_id))).toBe(true);
		expect(unique(data.accounts.map((a) => a.name))).toBe(true);
		expect(unique(data.deals.map((d) => d.deal_id))).toBe(true);
		expect(unique(data.leads.map((l) => l.lead_id))).toBe(true);
		expect(data.accounts.some((a) => a.name.includes("'"))).toBe(true);
		expect(new Set(data.deals.map((d) => d.owner))).toEqual(new Set(OWNERS));
	});

	it('keeps dates in order and inside 2023-01-01 .. 2025-12-31', () => {
		for (const d of data.deals) {
			expect(d.created_at >= '2023-01-01' && d.created_at <= '2025-12-31').toBe(true);
			if (d.status === 'open') expect(d.closed_at).toBeNull();
			else expect(d.closed_at !== null && d.closed_at > d.created_at && d.closed_at <= '2025-12-31').toBe(true);
		}
		for (const l of data.leads) {
			if (l.sql_at !== null) expect(l.mql_at !== null && l.created_at <= l.mql_at && l.mql_at <= l.sql_at && l.sql_at <= '2025-12-31').toBe(true);
			if (l.deal_id !== null) expect(l.sql_at).not.toBeNull();
		}
		const accountCreated = new Map(data.accounts.map((a) => [a.account_id, a.created_at]));
		for (const d of data.deals) if (accountCreated.has(d.account_id ?? '')) expect(d.created_at >= (accountCreated.get(d.account_id ?? '') ?? '')).toBe(true);
	});

	it('has revenue only for known accounts, on first days of months, with positive mrr', () => {
		const known = new Set(data.accounts.map((a) => a.account_id));
		for (const r of data.revenue) {
			expect(known.has(r.account_id)).toBe(true);
			expect(r.month.endsWith('-01') && r.month >= '2023-01-01' && r.month <= '2025-12-01').toBe(true);
			expect(r.mrr).toBeGreaterThan(0);
		}
	});

	it('makes a customer of every account with a won deal closed before the last month', () => {
		const paying = new Set(data.revenue.map((r) => r.account_id));
		const known = new Set(data.accounts.map((a) => a.account_id));
		const winners = data.deals.filter((d) => d.status === 'won' && d.closed_at !== null && d.closed_at < '2025-12-01' && known.has(d.account_id ?? ''));
		expect(winners.length).toBeGreaterThan(0);
		for (const d of winners) expect(paying.has(d.account_id ?? '')).toBe(true);
	});

	it('has about 5% of leads without an account and deals from leads carrying the lead campaign', () => {
		const noAccount = data.leads.filter((l) => l.account_id === null).length / data.leads.length;
		expect(Math.abs(noAccount - PLANTED.noAccountLeadShare)).toBeLessThan(Z * seProportion(PLANTED.noAccountLeadShare, data.leads.length));
		const campaignOf = new Map(data.deals.map((d) => [d.deal_id, d.campaign]));
		for (const l of data.leads) if (l.deal_id !== null) expect(campaignOf.get(l.deal_id)).toBe(l.campaign);
		expect(new Set(data.leads.map((l) => l.channel)).size).toBe(5);
		expect(new Set(data.leads.map((l) => l.campaign)).size).toBe(12);
	});
});

describe('generateSample: realized values match the planted parameters (full size, default seed)', () => {
	it('wins ≈34% of ICP and ≈16% of non-ICP deals closing before the erosion', () => {
		const { baseline } = base.truth.winRate;
		expect(Math.abs((baseline.icp.rate ?? NaN) - PLANTED.winRate.icp)).toBeLessThan(Z * seOfRate(baseline.icp));
		expect(Math.abs((baseline.nonIcp.rate ?? NaN) - PLANTED.winRate.nonIcp)).toBeLessThan(Z * seOfRate(baseline.nonIcp));
	});

	it('erodes the ICP win rate over the last six close months as planted, down to ≈20% at the end', () => {
		const { erosion, byMonth } = base.truth.winRate;
		const eroding = byMonth.slice(30);
		const n = eroding.reduce((s, m) => s + m.icp.won + m.icp.lost, 0);
		const expected = eroding.reduce((s, m) => s + (m.icp.won + m.icp.lost) * m.plantedIcp, 0) / n;
		expect(Math.abs((erosion.icp.rate ?? NaN) - expected)).toBeLessThan(Z * seProportion(expected, n));
		const last = byMonth[35];
		expect(last.plantedIcp).toBeCloseTo(PLANTED.winRate.icpAtErosionEnd, 10);
		const lastQuarter = byMonth.slice(33);
		const won = lastQuarter.reduce((s, m) => s + m.icp.won, 0);
		const all = lastQuarter.reduce((s, m) => s + m.icp.won + m.icp.lost, 0);
		expect(won / all).toBeLessThan((base.truth.winRate.baseline.icp.rate ?? NaN) - Z * seProportion(won / all, all));
	});

	it('wins ICP deals in ≈42 days and non-ICP deals in ≈78 days (median, uncensored cohorts)', () => {
		const cycles = uncensoredWonCycles(base);
		for (const group of ['icp', 'nonIcp'] as const) {
			const planted = PLANTED.wonCycleMedianDays[group];
			expect(Math.abs(cycles[group].median - planted)).toBeLessThan(Z * seMedianLogNormal(planted, PLANTED.cycleSigma.won, cycles[group].n) + 0.5);
		}
		expect(base.truth.salesCycle.won.icp.medianDays).toBeLessThan(base.truth.salesCycle.won.nonIcp.medianDays ?? NaN);
	});

	it('churns ≈1% of ICP and ≈3% of non-ICP customers a month', () => {
		for (const group of ['icp', 'nonIcp'] as const) {
			const c = base.truth.churn[group];
			expect(Math.abs((c.rate ?? NaN) - PLANTED.churn[group])).toBeLessThan(Z * seProportion(PLANTED.churn[group], c.atRisk));
		}
	});

	it('prices deals at 12 × the planted start MRR and realizes an ARPA of ≈2,400 (ICP) vs ≈1,300', () => {
		const isIcp = icpByAccount(base);
		for (const group of ['icp', 'nonIcp'] as const) {
			const monthly = base.deals.filter((d) => d.amount !== null && (isIcp.get(d.account_id ?? '') ?? false) === (group === 'icp')).map((d) => (d.amount ?? 0) / 12);
			const mean = monthly.reduce((a, b) => a + b, 0) / monthly.length;
			const planted = PLANTED.startMrrMean[group];
			const sd = planted * Math.sqrt(Math.exp(PLANTED.startMrrSigma ** 2) - 1);
			expect(Math.abs(mean - planted)).toBeLessThan((Z * sd) / Math.sqrt(monthly.length) + 5);
		}
		expect(Math.abs((base.truth.arpa.icp.mean ?? NaN) / 2400 - 1)).toBeLessThan(0.1);
		expect(Math.abs((base.truth.arpa.nonIcp.mean ?? NaN) / 1300 - 1)).toBeLessThan(0.1);
	});

	it('converts ≈12% of ICP leads, ≈5% of non-ICP leads and ≈3% of leads without an account into deals (leads old enough to have converted)', () => {
		const isIcp = icpByAccount(base);
		const counts = { icp: { leads: 0, converted: 0 }, nonIcp: { leads: 0, converted: 0 }, noAccount: { leads: 0, converted: 0 } };
		for (const l of base.leads) {
			if (l.created_at >= '2025-10-01') continue;
			const group = l.account_id === null ? 'noAccount' : isIcp.get(l.account_id) ? 'icp' : 'nonIcp';
			counts[group].leads++;
			if (l.deal_id !== null) counts[group].converted++;
		}
		for (const group of ['icp', 'nonIcp', 'noAccount'] as const) {
			const { leads, converted } = counts[group];
			const planted = PLANTED.leadFunnel[group].deal;
			expect(Math.abs(converted / leads - planted)).toBeLessThan(Z * seProportion(planted, leads));
		}
	});

	it('gives each campaign the ICP share its targeting factor plants', () => {
		const plan = makePlan(DEFAULT_OPTIONS);
		const factorsByMonth = Array.from({ length: 36 }, (_, m) => normalizedIcpFactors(m));
		const isIcp = icpByAccount(base);
		const expected = CAMPAIGNS.map(() => ({ p: 0, variance: 0, icp: 0 }));
		const campaignIndex = new Map(CAMPAIGNS.map((c, i) => [c.name, i]));
		for (const l of base.leads) {
			if (l.account_id === null) continue;
			const c = campaignIndex.get(l.campaign) ?? -1;
			const m = monthIndex(l.created_at);
			const p = Math.min(0.95, plan.icpShare(m) * factorsByMonth[m][c]);
			expected[c].p += p;
			expected[c].variance += p * (1 - p);
			if (isIcp.get(l.account_id)) expected[c].icp++;
		}
		expected.forEach((e, c) => {
			expect(base.truth.leads.byCampaign[c].icp).toBe(e.icp);
			expect(Math.abs(e.icp - e.p)).toBeLessThan(Z * Math.sqrt(e.variance));
		});
		const shares = base.truth.leads.byCampaign.map((c) => c.icpShare ?? NaN);
		expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.3);
	});

	it('keeps ≈44% of new deals and leads ICP until 2025-06, then drifts down to ≈30% in 2025-12', () => {
		const known = 1 - PLANTED.unknownAccountShare;
		const deals = mixBeforeAndDuringDrift(base.truth.mix.deals);
		expect(Math.abs(deals.before.share - PLANTED.icpShare.before * known)).toBeLessThan(Z * deals.before.se);
		const lastMonth = base.truth.mix.deals[35];
		expect(Math.abs((lastMonth.share ?? NaN) - PLANTED.icpShare.atEnd * known)).toBeLessThan(Z * seProportion(PLANTED.icpShare.atEnd, lastMonth.total));
		const leads = mixBeforeAndDuringDrift(base.truth.mix.leads);
		expect(leads.before.share - leads.during.share).toBeGreaterThan(Z * seDiff(leads.before.se, leads.during.se));
	});

	it('has the mess of a real export: unknown accounts, open deals and missing amounts', () => {
		const { deals, counts } = base.truth;
		expect(Math.abs(deals.unknownAccount / counts.deals - PLANTED.unknownAccountShare)).toBeLessThan(Z * seProportion(PLANTED.unknownAccountShare, counts.deals));
		expect(Math.abs(deals.nullAmount / counts.deals - PLANTED.nullAmountShare)).toBeLessThan(Z * seProportion(PLANTED.nullAmountShare, counts.deals));
		expect(deals.open).toBeGreaterThan(0.03 * counts.deals);
		expect(deals.won + deals.lost + deals.open).toBe(counts.deals);
	});
});

describe('generateSample: each switch turns its effect off (full size)', () => {
	it('erosion: off leaves the ICP win rate flat between baseline and erosion months; on drops it', () => {
		const flat = generateSample({ erosion: false }).truth.winRate;
		const seFlat = seDiff(seOfRate(flat.baseline.icp), seOfRate(flat.erosion.icp));
		expect(Math.abs((flat.baseline.icp.rate ?? NaN) - (flat.erosion.icp.rate ?? NaN))).toBeLessThan(Z * seFlat);
		const on = base.truth.winRate;
		expect((on.baseline.icp.rate ?? NaN) - (on.erosion.icp.rate ?? NaN)).toBeGreaterThan(Z * seDiff(seOfRate(on.baseline.icp), seOfRate(on.erosion.icp)));
	});

	it('erosion: switching it off changes only outcomes, not which deals exist (paired histories)', () => {
		const flat = generateSample({ erosion: false, scale: 0.1 });
		const eroded = generateSample({ scale: 0.1 });
		expect(flat.accounts).toEqual(eroded.accounts);
		expect(flat.deals.map((d) => [d.deal_id, d.account_id, d.created_at, d.amount])).toEqual(eroded.deals.map((d) => [d.deal_id, d.account_id, d.created_at, d.amount]));
		expect(flat.deals.map((d) => d.status)).not.toEqual(eroded.deals.map((d) => d.status));
	});

	it('icpAdvantage: off makes ICP deals win like non-ICP deals', () => {
		const truth = generateSample({ icpAdvantage: false }).truth;
		const { icp, nonIcp } = truth.winRate.all;
		expect(Math.abs((icp.rate ?? NaN) - (nonIcp.rate ?? NaN))).toBeLessThan(Z * seDiff(seOfRate(icp), seOfRate(nonIcp)));
		expect(truth.erosion.enabled).toBe(false);
		const { all } = base.truth.winRate;
		expect((all.icp.rate ?? NaN) - (all.nonIcp.rate ?? NaN)).toBeGreaterThan(Z * seDiff(seOfRate(all.icp), seOfRate(all.nonIcp)));
	});

	it('cycleEffect: off gives both groups the same won-cycle median', () => {
		const cycles = uncensoredWonCycles(generateSample({ cycleEffect: false }));
		const m = PLANTED.wonCycleMedianDays.nonIcp;
		const se = seDiff(seMedianLogNormal(m, PLANTED.cycleSigma.won, cycles.icp.n), seMedianLogNormal(m, PLANTED.cycleSigma.won, cycles.nonIcp.n));
		expect(Math.abs(cycles.icp.median - cycles.nonIcp.median)).toBeLessThan(Z * se + 1);
	});

	it('churnEffect: off gives both groups the same churn and the same deal sizes', () => {
		const data = generateSample({ churnEffect: false });
		const { icp, nonIcp } = data.truth.churn;
		const se = seDiff(seProportion(icp.rate ?? NaN, icp.atRisk), seProportion(nonIcp.rate ?? NaN, nonIcp.atRisk));
		expect(Math.abs((icp.rate ?? NaN) - (nonIcp.rate ?? NaN))).toBeLessThan(Z * se);
		const on = base.truth.churn;
		expect((on.nonIcp.rate ?? NaN) - (on.icp.rate ?? NaN)).toBeGreaterThan(Z * seDiff(seProportion(on.icp.rate ?? NaN, on.icp.atRisk), seProportion(on.nonIcp.rate ?? NaN, on.nonIcp.atRisk)));
		const isIcp = icpByAccount(data);
		const meanAmount = (icpGroup: boolean) => {
			const amounts = data.deals.filter((d) => d.amount !== null && (isIcp.get(d.account_id ?? '') ?? false) === icpGroup).map((d) => d.amount ?? 0);
			const mean = amounts.reduce((a, b) => a + b, 0) / amounts.length;
			const sd = Math.sqrt(amounts.reduce((s, a) => s + (a - mean) ** 2, 0) / (amounts.length - 1));
			return { mean, se: sd / Math.sqrt(amounts.length) };
		};
		const a = meanAmount(true);
		const b = meanAmount(false);
		expect(Math.abs(a.mean - b.mean)).toBeLessThan(Z * seDiff(a.se, b.se));
	});

	it('leadEffect: off converts ICP leads like non-ICP leads', () => {
		const { icp, nonIcp } = generateSample({ leadEffect: false }).truth.leads;
		const se = seDiff(seProportion(icp.rate ?? NaN, icp.leads), seProportion(nonIcp.rate ?? NaN, nonIcp.leads));
		expect(Math.abs((icp.rate ?? NaN) - (nonIcp.rate ?? NaN))).toBeLessThan(Z * se);
	});

	it('mixDrift: off keeps the ICP share of new deals and leads flat through the last six months', () => {
		const { mix } = generateSample({ mixDrift: false }).truth;
		for (const shares of [mix.deals, mix.leads]) {
			const { before, during } = mixBeforeAndDuringDrift(shares);
			expect(Math.abs(before.share - during.share)).toBeLessThan(Z * seDiff(before.se, during.se));
		}
		const on = mixBeforeAndDuringDrift(base.truth.mix.deals);
		expect(on.before.share - on.during.share).toBeGreaterThan(Z * seDiff(on.before.se, on.during.se));
	});
});
