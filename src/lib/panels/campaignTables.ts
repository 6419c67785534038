import type { CsvValue } from '../export/toCsv';
import { formatCount, formatPercent, formatPoints, formatPValue } from '../format/formatNumbers';
import type { FunnelComparison, FunnelGroup, FunnelMonth } from '../kpis/campaigns';
import { campaignLabel, FUNNEL_STEPS, LEAD_GROUPS } from './campaignOptions';
import { formatInterval } from './formatEstimates';
import { cell, type TableCell, type TableColumn, type TableModel } from './tableModel';

const STAGES = ['leads', 'mql', 'sql', 'deals', 'won'] as const;
const CSV_PREFIX = { icp: 'icp', nonIcp: 'non_icp', noAccount: 'no_account' } as const;

/** A row's label columns: campaign and channel, or channel alone. */
export interface FunnelRowLabel {
	cells: TableCell[];
	funnel: FunnelComparison;
}

function columns(labels: TableColumn[], confidence: string): TableColumn[] {
	const stageColumns = LEAD_GROUPS.flatMap(({ key }) => STAGES.map((stage) => ({ key: `${CSV_PREFIX[key]}_${stage}`, label: stage, only: 'csv' as const })));
	return [
		...labels,
		{ key: 'leads', label: 'Leads', numeric: true },
		{ key: 'icp_share', label: 'ICP share', numeric: true },
		{ key: 'icp_share_ci', label: `${confidence} CI`, numeric: true, only: 'screen' },
		{ key: 'icp_share_low', label: 'ICP share low', only: 'csv' },
		{ key: 'icp_share_high', label: 'ICP share high', only: 'csv' },
		{ key: 'icp_lead_to_deal', label: 'ICP lead → deal', numeric: true },
		{ key: 'non_icp_lead_to_deal', label: 'Non-ICP lead → deal', numeric: true },
		{ key: 'no_account_lead_to_deal', label: 'No account lead → deal', numeric: true },
		{ key: 'advantage', label: 'ICP advantage', numeric: true },
		{ key: 'advantage_low', label: 'advantage low', only: 'csv' },
		{ key: 'advantage_high', label: 'advantage high', only: 'csv' },
		{ key: 'p_value', label: 'p', numeric: true },
		{ key: 'method', label: 'method', only: 'csv' },
		...stageColumns
	];
}

const conversion = (g: FunnelGroup): TableCell =>
	cell(g.leads === 0 ? '–' : `${formatPercent(g.leadToDeal.rate)} (n = ${formatCount(g.leads)})`, g.leadToDeal.rate);

function funnelCells(f: FunnelComparison): TableCell[] {
	const leads = f.icp.leads + f.nonIcp.leads + f.noAccount.leads;
	const a = f.advantage;
	const stageCells = LEAD_GROUPS.flatMap(({ key }) => STAGES.map((stage) => cell('', f[key][stage])));
	return [
		cell(formatCount(leads), leads),
		cell(formatPercent(f.icpShare.rate), f.icpShare.rate),
		cell(formatInterval(f.icpShare.low, f.icpShare.high), null),
		cell('', f.icpShare.low),
		cell('', f.icpShare.high),
		conversion(f.icp),
		conversion(f.nonIcp),
		conversion(f.noAccount),
		cell(f.enoughData ? formatPoints(a.diff) : `${formatPoints(a.diff)} (small n)`, a.diff),
		cell('', a.low),
		cell('', a.high),
		cell(formatPValue(a.p), a.p),
		cell('', a.method),
		...stageCells
	];
}

/** Per campaign × channel: leads, ICP share with its interval, lead → deal per group, the ICP advantage; every stage count in the CSV. */
export function campaignTable(campaigns: readonly (FunnelComparison & { campaign: string | null; channel: string })[], confidence: string): TableModel {
	return {
		columns: columns(
			[
				{ key: 'campaign', label: 'Campaign' },
				{ key: 'channel', label: 'Channel' }
			],
			confidence
		),
		rows: campaigns.map((c) => [cell(campaignLabel(c.campaign), c.campaign), cell(c.channel, c.channel), ...funnelCells(c)])
	};
}

export function channelTable(channels: readonly (FunnelComparison & { channel: string })[], confidence: string): TableModel {
	return {
		columns: columns([{ key: 'channel', label: 'Channel' }], confidence),
		rows: channels.map((c) => [cell(c.channel, c.channel), ...funnelCells(c)])
	};
}

/** The numbers behind the step chart: each group's stage counts and step conversions. */
export function funnelStepsCsv(funnel: FunnelComparison): { columns: string[]; rows: CsvValue[][] } {
	const rows = LEAD_GROUPS.flatMap(({ key, name }) =>
		FUNNEL_STEPS.map((s) => {
			const g = funnel[key];
			return [name, s.label, g[s.from], g[s.to], g[s.from] > 0 ? g[s.to] / g[s.from] : null];
		})
	);
	return { columns: ['group', 'step', 'from_count', 'to_count', 'conversion'], rows };
}

/** Every group's stage counts per lead creation month, behind the by-month chart. */
export function funnelMonthsCsv(months: readonly FunnelMonth[]): { columns: string[]; rows: CsvValue[][] } {
	const rows = months.flatMap((m) =>
		LEAD_GROUPS.map(({ key, name }) => {
			const g = m[key];
			return [m.month, name, ...STAGES.map((stage) => g[stage]), g.leadToDeal.rate, g.leadToDeal.low, g.leadToDeal.high];
		})
	);
	return { columns: ['month', 'group', ...STAGES, 'lead_to_deal', 'ci_low', 'ci_high'], rows };
}
