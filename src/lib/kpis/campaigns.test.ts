import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { queryCampaigns, queryFunnelSummary, type FunnelGroup } from './campaigns';
import { installKpiViews } from './installKpiViews';
import { setReportFilter, type ReportFilter } from './reportFilter';
import { icpGroupOf, loadTestData, monthOf, randomTestData, segmentOf, type TestLead } from './testData';

const data = randomTestData(31, { accounts: 60, deals: 300, leads: 900 });
let engine: Engine;

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadTestData(engine, data);
	await installKpiViews(engine);
});
afterAll(() => engine.close());

const leadGroup = (l: TestLead) => {
	const g = icpGroupOf(data, l.account_id);
	return g === 'unknown' ? 'no_account' : g;
};
const channelOf = (l: TestLead) => l.channel ?? 'Unknown';

function referenceFunnel(filter: ReportFilter, from: string, to: string, pick: (l: TestLead) => boolean) {
	const leads = data.leads.filter(
		(l) =>
			monthOf(l.created_at) >= from &&
			monthOf(l.created_at) <= to &&
			(!filter.segment || segmentOf(data, l.account_id) === filter.segment) &&
			(!filter.channel || channelOf(l) === filter.channel) &&
			pick(l)
	);
	const deal = (l: TestLead) => l.deal_id !== null;
	const sql = (l: TestLead) => l.sql_at !== null || deal(l);
	return {
		leads: leads.length,
		mql: leads.filter((l) => l.mql_at !== null || sql(l)).length,
		sql: leads.filter(sql).length,
		deals: leads.filter(deal).length,
		won: leads.filter((l) => data.deals.find((d) => d.deal_id === l.deal_id)?.status === 'won').length
	};
}

function expectFunnel(actual: FunnelGroup, expected: ReturnType<typeof referenceFunnel>) {
	expect({ leads: actual.leads, mql: actual.mql, sql: actual.sql, deals: actual.deals, won: actual.won }).toEqual(expected);
	if (expected.leads > 0) {
		expect(Math.abs(actual.leadToDeal.rate! - expected.deals / expected.leads)).toBeLessThan(1e-9);
		expect(Math.abs(actual.leadToWon.rate! - expected.won / expected.leads)).toBeLessThan(1e-9);
	}
	if (expected.sql > 0) expect(Math.abs(actual.sqlToDeal! - expected.deals / expected.sql)).toBeLessThan(1e-9);
}

const groups = [['icp', 'icp'], ['nonIcp', 'non_icp'], ['noAccount', 'no_account']] as const;

describe('campaign conversion views', () => {
	const filters: ReportFilter[] = [{ fromMonth: '2023-01', toMonth: '2024-12' }, { fromMonth: '2024-01', toMonth: '2024-06', segment: 'SMB' }, { fromMonth: '2023-03', toMonth: '2023-11', channel: 'Field' }];

	it('match the reference funnel per campaign and channel, with the ICP share', async () => {
		for (const filter of filters) {
			await setReportFilter(engine, filter);
			const result = await queryCampaigns(engine);
			const from = filter.fromMonth!;
			const to = filter.toMonth!;
			const pairs = new Set(
				data.leads.filter((l) => referenceFunnel(filter, from, to, (x) => x === l).leads === 1).map((l) => JSON.stringify([l.campaign, channelOf(l)]))
			);
			expect(result.campaigns.length).toBe(pairs.size);
			for (const c of result.campaigns) {
				const inCampaign = (l: TestLead) => l.campaign === c.campaign && channelOf(l) === c.channel;
				for (const [key, group] of groups) expectFunnel(c[key], referenceFunnel(filter, from, to, (l) => inCampaign(l) && leadGroup(l) === group));
				const all = referenceFunnel(filter, from, to, inCampaign).leads;
				const icp = referenceFunnel(filter, from, to, (l) => inCampaign(l) && leadGroup(l) === 'icp').leads;
				expect([c.icpShare.x, c.icpShare.n]).toEqual([icp, all]);
			}
			for (const ch of result.channels) {
				for (const [key, group] of groups) expectFunnel(ch[key], referenceFunnel(filter, from, to, (l) => channelOf(l) === ch.channel && leadGroup(l) === group));
			}
			for (const [key, group] of groups) expectFunnel(result.period[key], referenceFunnel(filter, from, to, (l) => leadGroup(l) === group));
			if (!filter.segment) expect(result.period.noAccount.leads).toBeGreaterThan(0);
			for (const m of result.byMonth) {
				for (const [key, group] of groups) expectFunnel(m[key], referenceFunnel(filter, m.month, m.month, (l) => leadGroup(l) === group));
			}
		}
	});

	it('counts a missing lead channel as Unknown and leads without a campaign as their own row', async () => {
		await setReportFilter(engine, {});
		const { campaigns, channels } = await queryCampaigns(engine);
		expect(channels.some((c) => c.channel === 'Unknown')).toBe(true);
		expect(campaigns.some((c) => c.campaign === null)).toBe(true);
		const total = campaigns.reduce((s, c) => s + c.icp.leads + c.nonIcp.leads + c.noAccount.leads, 0);
		expect(total).toBe(data.leads.length);
	});

	it('compares the previous period of equal length', async () => {
		await setReportFilter(engine, { fromMonth: '2024-01', toMonth: '2024-12' });
		const { previous } = (await queryFunnelSummary(engine)).periods;
		for (const [key, group] of groups) expectFunnel(previous[key], referenceFunnel({}, '2023-01', '2023-12', (l) => leadGroup(l) === group));
		expect(previous.advantage.diff).toBeCloseTo(previous.icp.leadToDeal.rate! - previous.nonIcp.leadToDeal.rate!, 12);
	});
});
