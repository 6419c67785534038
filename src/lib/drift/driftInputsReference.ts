import { evaluateIcpReference } from '../icp/evaluateIcpReference';
import { quantile } from '../stats/quantile';
import type { IcpDefinition } from '../icp/types';
import type { AccountRow, DealRow, LeadRow, RevenueRow } from '../sample/types';
import type { CustomerMonthsRow, DataSpan, DriftInputs, LeadConversionRow, LogoRetentionRow, PipelineMixRow, WinLossRow, WonCyclesRow } from './inputs';
import { addMonths, monthOfDate } from './months';

/** Canonical rows as plain objects (the sample generator's shape). */
export interface CanonicalRows {
	accounts: readonly AccountRow[];
	deals: readonly DealRow[];
	revenue: readonly RevenueRow[];
	leads: readonly LeadRow[];
}

interface Fit {
	tier: 'A' | 'B' | 'C' | 'out';
	isIcp: boolean;
}

const dayNumber = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** Counters keyed by month and ICP group. */
class MonthGroupTable<T> {
	private readonly cells = new Map<string, { icp?: T; nonIcp?: T }>();
	constructor(private readonly create: () => T) {}
	cell(month: string, isIcp: boolean): T {
		let row = this.cells.get(month);
		if (!row) this.cells.set(month, (row = {}));
		const key = isIcp ? 'icp' : 'nonIcp';
		return (row[key] ??= this.create());
	}
	rows<R>(toRow: (month: string, isIcp: boolean, value: T) => R): R[] {
		const out: R[] = [];
		for (const [month, row] of this.cells) {
			if (row.icp) out.push(toRow(month, true, row.icp));
			if (row.nonIcp) out.push(toRow(month, false, row.nonIcp));
		}
		return out;
	}
}

const blankToUnknown = (value: string | null | undefined) => {
	const text = value?.trim() ?? '';
	return text === '' ? 'unknown' : text;
};

function sizeBand(employees: number | null | undefined): string {
	if (employees === null || employees === undefined) return 'unknown';
	if (employees < 50) return '1-49';
	if (employees < 200) return '50-199';
	if (employees < 1000) return '200-999';
	return '1000+';
}

type FitAt = (accountId: string | null, day: string) => Fit | undefined;

/** Every account's fit under every version, and a lookup by the version in force on a day. */
function classifier(accounts: readonly AccountRow[], definition: IcpDefinition): { fitAt: FitAt; latest: Map<string, Fit> } {
	const fits = new Map<string, Map<string, Fit>>();
	for (const version of definition.versions) {
		const byAccount = new Map<string, Fit>();
		for (const account of accounts) {
			const fit = evaluateIcpReference(definition, version.version, account as unknown as Record<string, unknown>);
			byAccount.set(account.account_id, { tier: fit.tier, isIcp: fit.isIcp });
		}
		fits.set(version.version, byAccount);
	}
	const versionByDay = new Map<string, Map<string, Fit>>();
	const fitAt: FitAt = (accountId, day) => {
		if (accountId === null) return undefined;
		let byAccount = versionByDay.get(day);
		if (!byAccount) {
			const version = definition.versions.filter((v) => v.effectiveFrom <= day).at(-1) ?? definition.versions[0];
			byAccount = fits.get(version.version)!;
			versionByDay.set(day, byAccount);
		}
		return byAccount.get(accountId);
	};
	return { fitAt, latest: fits.get(definition.versions.at(-1)!.version)! };
}

function spanOf(rows: CanonicalRows): DataSpan {
	let first = '9999-12-31';
	let last = '0000-01-01';
	const see = (date: string | null, isFirst: boolean) => {
		if (date === null) return;
		if (isFirst && date < first) first = date;
		if (date > last) last = date;
	};
	const cycles: number[] = [];
	for (const d of rows.deals) {
		see(d.created_at, true);
		see(d.closed_at, false);
		if ((d.status === 'won' || d.status === 'lost') && d.closed_at !== null && d.closed_at >= d.created_at) cycles.push(dayNumber(d.closed_at) - dayNumber(d.created_at));
	}
	for (const l of rows.leads) {
		see(l.created_at, true);
		see(l.mql_at, false);
		see(l.sql_at, false);
	}
	for (const r of rows.revenue) see(r.month, true);
	return {
		firstMonth: monthOfDate(first),
		lastMonth: monthOfDate(last),
		lastDate: last,
		cycleP90Days: cycles.length === 0 ? null : quantile(cycles.sort((a, b) => a - b), 0.9)
	};
}

function closedDealAggregates(deals: readonly DealRow[], fitAt: FitAt): Pick<DriftInputs, 'winLoss' | 'wonCycles'> {
	const winLoss = new MonthGroupTable(() => ({ won: 0, lost: 0 }));
	const wonCycles = new MonthGroupTable<number[]>(() => []);
	for (const d of deals) {
		if ((d.status !== 'won' && d.status !== 'lost') || d.closed_at === null) continue;
		const month = monthOfDate(d.closed_at);
		const isIcp = fitAt(d.account_id, d.created_at)?.isIcp ?? false;
		winLoss.cell(month, isIcp)[d.status]++;
		if (d.status === 'won' && d.closed_at >= d.created_at) wonCycles.cell(month, isIcp).push(dayNumber(d.closed_at) - dayNumber(d.created_at));
	}
	return {
		winLoss: winLoss.rows((month, isIcp, v): WinLossRow => ({ month, isIcp, ...v })),
		wonCycles: wonCycles.rows((month, isIcp, days): WonCyclesRow => ({ month, isIcp, cycleDays: days.sort((a, b) => a - b) }))
	};
}

/** Only what the win-rate trigger reads, from accounts and deals (the power simulation's fast path). */
export function winRateInputsReference(rows: Pick<CanonicalRows, 'accounts' | 'deals'>, definition: IcpDefinition): Pick<DriftInputs, 'span' | 'winLoss'> {
	const { fitAt } = classifier(rows.accounts, definition);
	return { span: spanOf({ ...rows, revenue: [], leads: [] }), winLoss: closedDealAggregates(rows.deals, fitAt).winLoss };
}

/**
 * The drift aggregates computed in plain TypeScript from canonical rows, independently of the SQL in
 * src/lib/sql/drift/: the check that the SQL says what its header says, and the fast path of the
 * simulation tests. Classification follows the classified views: deals and leads by the version in
 * force on their created_at (the first version before any is in force), customers by the latest.
 */
export function driftInputsReference(rows: CanonicalRows, definition: IcpDefinition, conversionDays: number): DriftInputs {
	const { fitAt, latest } = classifier(rows.accounts, definition);
	const accountById = new Map(rows.accounts.map((a) => [a.account_id, a]));

	const span = spanOf(rows);
	const { winLoss, wonCycles } = closedDealAggregates(rows.deals, fitAt);

	const mrrByAccountMonth = new Map<string, Map<string, number>>();
	let lastRevenueMonth = '0000-01';
	for (const r of rows.revenue) {
		const month = monthOfDate(r.month);
		if (month > lastRevenueMonth) lastRevenueMonth = month;
		let byMonth = mrrByAccountMonth.get(r.account_id);
		if (!byMonth) mrrByAccountMonth.set(r.account_id, (byMonth = new Map()));
		byMonth.set(month, (byMonth.get(month) ?? 0) + r.mrr);
	}
	const shifted = new Map<string, string>();
	const plus = (month: string, count: number) => {
		const key = `${month}+${count}`;
		let value = shifted.get(key);
		if (value === undefined) shifted.set(key, (value = addMonths(month, count)));
		return value;
	};
	const retention = new MonthGroupTable(() => ({ customers: 0, retained: 0 }));
	const customerMonths = new MonthGroupTable(() => ({ customerMonths: 0, mrrSum: 0, mrrSumSquares: 0, atRisk: 0, churned: 0 }));
	for (const [accountId, byMonth] of mrrByAccountMonth) {
		const isIcp = latest.get(accountId)?.isIcp ?? false;
		const pays = (month: string) => (byMonth.get(month) ?? 0) > 0;
		for (const [month, mrr] of byMonth) {
			if (!(mrr > 0)) continue;
			const cm = customerMonths.cell(month, isIcp);
			cm.customerMonths++;
			cm.mrrSum += mrr;
			cm.mrrSumSquares += mrr * mrr;
			if (month < lastRevenueMonth) {
				cm.atRisk++;
				if (!pays(plus(month, 1))) cm.churned++;
			}
			const measured = plus(month, 12);
			if (measured <= lastRevenueMonth) {
				const r = retention.cell(measured, isIcp);
				r.customers++;
				if (pays(measured)) r.retained++;
			}
		}
	}

	const dealCreated = new Map(rows.deals.map((d) => [d.deal_id, d.created_at]));
	const conversion = new MonthGroupTable(() => ({ leads: 0, converted: 0 }));
	const mix = new Map<string, PipelineMixRow>();
	const count = (source: PipelineMixRow['source'], dimension: PipelineMixRow['dimension'], month: string, bin: string) => {
		const key = `${source}\u0000${dimension}\u0000${month}\u0000${bin}`;
		const row = mix.get(key);
		if (row) row.n++;
		else mix.set(key, { source, dimension, month, bin, n: 1 });
	};
	for (const l of rows.leads) {
		const month = monthOfDate(l.created_at);
		const fit = fitAt(l.account_id, l.created_at);
		count('leads', 'tier', month, fit?.tier ?? 'no account');
		if (!fit) continue;
		const c = conversion.cell(month, fit.isIcp);
		c.leads++;
		if (l.deal_id === null) continue;
		const created = dealCreated.get(l.deal_id);
		if (created === undefined || dayNumber(created) - dayNumber(l.created_at) <= conversionDays) c.converted++;
	}
	for (const d of rows.deals) {
		const month = monthOfDate(d.created_at);
		const account = d.account_id === null ? undefined : accountById.get(d.account_id);
		count('deals', 'tier', month, fitAt(d.account_id, d.created_at)?.tier ?? 'unknown');
		count('deals', 'industry', month, blankToUnknown(account?.industry));
		count('deals', 'size', month, sizeBand(account?.employees));
		count('deals', 'region', month, blankToUnknown(account?.region));
	}

	return {
		span,
		winLoss,
		wonCycles,
		logoRetention: retention.rows((month, isIcp, v): LogoRetentionRow => ({ month, isIcp, ...v })),
		customerMonths: customerMonths.rows((month, isIcp, v): CustomerMonthsRow => ({ month, isIcp, ...v })),
		leadConversion: conversion.rows((month, isIcp, v): LeadConversionRow => ({ month, isIcp, ...v })),
		pipelineMix: [...mix.values()]
	};
}
