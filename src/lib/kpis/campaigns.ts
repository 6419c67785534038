import type { Engine } from '../db/engine';
import { sumColumnsBy, tableRows } from '../db/rows';
import { proportionAdvantage, rateEstimate, ratio, type Advantage, type RateEstimate } from './estimates';
import type { ReportSettings } from './reportFilter';
import { readReportFrame, type PeriodName, type ReportFrame } from './reportPeriods';

export type LeadGroup = 'icp' | 'non_icp' | 'no_account';

/** Leads and how many reached each stage; a later stage implies the earlier ones. */
export interface FunnelCounts {
	leads: number;
	mql: number;
	sql: number;
	deals: number;
	won: number;
}

export interface FunnelGroup extends FunnelCounts {
	/** Step conversions: mql / leads, sql / mql, deals / sql, won / deals (null when the step has no input). */
	leadToMql: number | null;
	mqlToSql: number | null;
	sqlToDeal: number | null;
	dealToWon: number | null;
	/** deals / leads and won / leads with Wilson intervals; n = leads. */
	leadToDeal: RateEstimate;
	leadToWon: RateEstimate;
	/** leads ≥ min_sample. */
	enoughData: boolean;
}

export interface FunnelComparison {
	icp: FunnelGroup;
	nonIcp: FunnelGroup;
	/** Leads with no (or an unknown) account: their own group. */
	noAccount: FunnelGroup;
	/** ICP leads / all leads (no-account leads included): the targeting accuracy. */
	icpShare: RateEstimate;
	/** ICP minus non-ICP lead → deal conversion, Newcombe interval, z / Fisher test. */
	advantage: Advantage;
	enoughData: boolean;
}

export interface CampaignFunnel extends FunnelComparison {
	campaign: string | null;
	channel: string;
}

export interface ChannelFunnel extends FunnelComparison {
	channel: string;
}

export interface FunnelMonth {
	month: string;
	icp: FunnelGroup;
	nonIcp: FunnelGroup;
	noAccount: FunnelGroup;
}

export interface CampaignsResult {
	/** Sorted by leads, most first. */
	campaigns: CampaignFunnel[];
	channels: ChannelFunnel[];
	period: FunnelComparison;
	byMonth: FunnelMonth[];
}

type FunnelRow = { lead_group: LeadGroup; leads: number; mql: number; sql: number; deals: number; won: number };

const FUNNEL_COLUMNS = 'lead_group, leads, mql, sql, deals, won';
const NO_LEADS: FunnelCounts = { leads: 0, mql: 0, sql: 0, deals: 0, won: 0 };
const COUNTED = Object.keys(NO_LEADS) as (keyof FunnelCounts)[];

function funnelGroup(row: FunnelCounts | undefined, settings: ReportSettings): FunnelGroup {
	const c = row ?? NO_LEADS;
	return {
		leads: c.leads,
		mql: c.mql,
		sql: c.sql,
		deals: c.deals,
		won: c.won,
		leadToMql: ratio(c.mql, c.leads),
		mqlToSql: ratio(c.sql, c.mql),
		sqlToDeal: ratio(c.deals, c.sql),
		dealToWon: ratio(c.won, c.deals),
		leadToDeal: rateEstimate(c.deals, c.leads, settings),
		leadToWon: rateEstimate(c.won, c.leads, settings),
		enoughData: c.leads >= settings.minSample
	};
}

function comparison(rows: readonly FunnelRow[], settings: ReportSettings): FunnelComparison {
	const group = (g: LeadGroup) => funnelGroup(rows.find((r) => r.lead_group === g), settings);
	const icp = group('icp');
	const nonIcp = group('non_icp');
	const noAccount = group('no_account');
	return {
		icp,
		nonIcp,
		noAccount,
		icpShare: rateEstimate(icp.leads, icp.leads + nonIcp.leads + noAccount.leads, settings),
		advantage: proportionAdvantage(icp.leadToDeal, nonIcp.leadToDeal, settings),
		enoughData: icp.enoughData && nonIcp.enoughData
	};
}

export interface FunnelSummary {
	periods: Record<PeriodName, FunnelComparison>;
	byMonth: FunnelMonth[];
}

/**
 * The funnel of all campaigns in the current and the previous period, and per lead creation month
 * of the current period, from one read of funnel_by_month.sql: a period's counts are the sums of its months'.
 */
export async function queryFunnelSummary(engine: Engine, frame?: ReportFrame): Promise<FunnelSummary> {
	const { settings, months } = frame ?? (await readReportFrame(engine));
	const rows = tableRows<FunnelRow & { period: PeriodName; month: string }>(await engine.query(`SELECT period, month, ${FUNNEL_COLUMNS} FROM funnel_by_month`));
	const current = rows.filter((r) => r.period === 'current');
	return {
		periods: {
			current: comparison(sumColumnsBy(current, 'lead_group', COUNTED), settings),
			previous: comparison(sumColumnsBy(rows.filter((r) => r.period === 'previous'), 'lead_group', COUNTED), settings)
		},
		byMonth: months.map((month) => {
			const group = (g: LeadGroup) => funnelGroup(current.find((r) => r.month === month && r.lead_group === g), settings);
			return { month, icp: group('icp'), nonIcp: group('non_icp'), noAccount: group('no_account') };
		})
	};
}

/** Campaign conversion ICP vs non-ICP vs no-account leads: per campaign, per channel, period totals and by month. */
export async function queryCampaigns(engine: Engine): Promise<CampaignsResult> {
	const frame = await readReportFrame(engine);
	const { settings } = frame;
	const campaignRows = tableRows<FunnelRow & { campaign: string | null; channel: string }>(
		await engine.query(`SELECT campaign, channel, ${FUNNEL_COLUMNS} FROM campaign_funnel`)
	);
	const keys = [...new Map(campaignRows.map((r) => [JSON.stringify([r.campaign, r.channel]), r])).values()];
	const campaigns = keys
		.map(({ campaign, channel }) => ({
			campaign,
			channel,
			...comparison(campaignRows.filter((r) => r.campaign === campaign && r.channel === channel), settings)
		}))
		.sort((a, b) => totalLeads(b) - totalLeads(a) || String(a.campaign).localeCompare(String(b.campaign)) || a.channel.localeCompare(b.channel));

	const channelRows = tableRows<FunnelRow & { channel: string }>(await engine.query(`SELECT channel, ${FUNNEL_COLUMNS} FROM channel_funnel`));
	const channels = [...new Set(channelRows.map((r) => r.channel))]
		.map((channel) => ({ channel, ...comparison(channelRows.filter((r) => r.channel === channel), settings) }))
		.sort((a, b) => totalLeads(b) - totalLeads(a) || a.channel.localeCompare(b.channel));

	const summary = await queryFunnelSummary(engine, frame);
	return { campaigns, channels, period: summary.periods.current, byMonth: summary.byMonth };
}

function totalLeads(f: FunnelComparison): number {
	return f.icp.leads + f.nonIcp.leads + f.noAccount.leads;
}
