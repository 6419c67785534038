import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_SETTINGS } from '../kpis/reportFilter';
import type { CampaignFunnel, FunnelComparison, FunnelCounts, FunnelGroup, FunnelMonth } from '../kpis/campaigns';
import { wilsonInterval } from '../stats/wilson';
import { campaignHeadline } from './campaignHeadline';
import { funnelStepsOption, icpShareOption, leadToDealByMonthOption } from './campaignOptions';
import { campaignTable, channelTable, funnelMonthsCsv, funnelStepsCsv } from './campaignTables';
import { EVIL, rate, seriesOf, tooltipOf } from './panelFixtures';
import { sortTableRows, tableCsv } from './tableModel';

function group(c: FunnelCounts): FunnelGroup {
	return {
		...c,
		leadToMql: c.leads ? c.mql / c.leads : null,
		mqlToSql: c.mql ? c.sql / c.mql : null,
		sqlToDeal: c.sql ? c.deals / c.sql : null,
		dealToWon: c.deals ? c.won / c.deals : null,
		leadToDeal: rate(c.deals, c.leads),
		leadToWon: rate(c.won, c.leads),
		enoughData: c.leads >= 30
	};
}

function funnel(icp: FunnelCounts, nonIcp: FunnelCounts, noAccount: FunnelCounts): FunnelComparison {
	return {
		icp: group(icp),
		nonIcp: group(nonIcp),
		noAccount: group(noAccount),
		icpShare: rate(icp.leads, icp.leads + nonIcp.leads + noAccount.leads),
		advantage: { diff: 0.05, low: 0.01, high: 0.09, p: 0.02, method: 'z' },
		enoughData: icp.leads >= 30 && nonIcp.leads >= 30
	};
}

const total = funnel({ leads: 200, mql: 100, sql: 60, deals: 40, won: 16 }, { leads: 400, mql: 120, sql: 40, deals: 20, won: 2 }, { leads: 20, mql: 5, sql: 2, deals: 1, won: 0 });
const campaigns: CampaignFunnel[] = [
	{ campaign: EVIL, channel: 'Events', ...funnel({ leads: 60, mql: 30, sql: 10, deals: 5, won: 1 }, { leads: 40, mql: 10, sql: 4, deals: 1, won: 0 }, { leads: 0, mql: 0, sql: 0, deals: 0, won: 0 }) },
	{ campaign: null, channel: 'Direct', ...funnel({ leads: 5, mql: 1, sql: 0, deals: 0, won: 0 }, { leads: 10, mql: 2, sql: 1, deals: 0, won: 0 }, { leads: 5, mql: 0, sql: 0, deals: 0, won: 0 }) },
	{ campaign: 'Webinar', channel: 'Content', ...funnel({ leads: 20, mql: 10, sql: 5, deals: 2, won: 1 }, { leads: 180, mql: 40, sql: 10, deals: 3, won: 1 }, { leads: 0, mql: 0, sql: 0, deals: 0, won: 0 }) }
];

describe('funnelStepsOption', () => {
	const option = funnelStepsOption(total, 30, 0.95);
	it('draws each step as the share of the stage before, per group, with Wilson whiskers', () => {
		expect(seriesOf(option, 'ICP (n = 200)').data).toEqual([0.5, 0.6, 40 / 60, 0.4]);
		// 20 non-ICP deals are below min_sample: no won bar.
		expect(seriesOf(option, 'Non-ICP (n = 400)').data).toEqual([0.3, 1 / 3, 0.5, null]);
		const w = wilsonInterval(100, 200, 0.95);
		expect(seriesOf(option, 'ICP (n = 200) interval').data[0]).toEqual([w.low, 0.5, 0.5, 0.5, w.high]);
	});
	it('leaves a step without bar when its input is under min_sample, and says so with the counts', () => {
		expect(seriesOf(option, 'No account (n = 20)').data).toEqual([null, null, null, null]);
		expect(tooltipOf(option)([{ dataIndex: 3 }])).toContain('No account (n = 20): <b>not enough data</b> · 0 of 1');
	});
});

describe('icpShareOption', () => {
	const option = icpShareOption(campaigns, '95%');
	it('ranks campaigns by ICP share with whiskers, none below min_sample leads', () => {
		const o = option as { yAxis: { data: string[] } };
		expect(o.yAxis.data).toEqual([`${EVIL} · Events`, '(no campaign) · Direct\n(not enough data)', 'Webinar · Content']);
		expect((seriesOf(option, 'value').data as { value: number | null }[]).map((d) => d.value)).toEqual([0.6, null, 0.1]);
	});
	it('escapes a hostile campaign name in the tooltip', () => {
		const html = tooltipOf(option)([{ dataIndex: 0 }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; · Events: <b>60%</b> · 60 ICP of 100 leads');
	});
});

describe('leadToDealByMonthOption', () => {
	it('draws lead → deal by lead month with Wilson bands, blank under min_sample leads', () => {
		const months: FunnelMonth[] = [
			{ month: '2025-01', icp: total.icp, nonIcp: total.nonIcp, noAccount: total.noAccount },
			{ month: '2025-02', icp: group({ leads: 10, mql: 5, sql: 2, deals: 1, won: 0 }), nonIcp: total.nonIcp, noAccount: total.noAccount }
		];
		const option = leadToDealByMonthOption(months);
		expect(seriesOf(option, 'ICP').data).toEqual([0.2, null]);
		expect(seriesOf(option, 'Non-ICP').data).toEqual([0.05, 0.05]);
		expect(funnelMonthsCsv(months).rows[0]).toEqual(['2025-01', 'ICP', 200, 100, 60, 40, 16, 0.2, total.icp.leadToDeal.low, total.icp.leadToDeal.high]);
	});
});

describe('campaign tables', () => {
	const table = campaignTable(campaigns, '95%');
	it('shows the name as text and keeps every stage count of every group in the CSV', () => {
		expect(table.rows[0][0]).toEqual({ text: EVIL, value: EVIL });
		expect(table.rows[1][0]).toEqual({ text: '(no campaign)', value: null });
		const csv = tableCsv(table);
		expect(csv.columns.slice(-15, -10)).toEqual(['icp_leads', 'icp_mql', 'icp_sql', 'icp_deals', 'icp_won']);
		expect(csv.rows[0].slice(-15)).toEqual([60, 30, 10, 5, 1, 40, 10, 4, 1, 0, 0, 0, 0, 0, 0]);
	});
	it('sorts by ICP share, highest first', () => {
		const share = table.columns.findIndex((c) => c.key === 'icp_share');
		expect(sortTableRows(table.rows, share, 'descending').map((r) => r[1].value)).toEqual(['Events', 'Direct', 'Content']);
	});
	it('flags an advantage from groups under min_sample', () => {
		const advantage = table.columns.findIndex((c) => c.key === 'advantage');
		expect(table.rows[1][advantage].text).toBe('+5.0 pts (small n)');
		expect(table.rows[0][advantage].text).toBe('+5.0 pts');
	});
	it('channel table and the funnel CSV', () => {
		expect(tableCsv(channelTable([{ channel: 'Events', ...total }], '95%')).rows[0].slice(0, 3)).toEqual(['Events', 620, 200 / 620]);
		expect(funnelStepsCsv(total).rows[0]).toEqual(['ICP', 'Lead → MQL', 200, 100, 0.5]);
	});
	it('headline: lead → deal per group, the advantage and the ICP share of leads', () => {
		const stats = campaignHeadline(total, '95%');
		expect(stats.map((s) => s.value)).toEqual(['20.0%', '5.0%', '+5.0 pts', '32.3%']);
		expect(DEFAULT_REPORT_SETTINGS.minSample).toBe(30);
	});
});
