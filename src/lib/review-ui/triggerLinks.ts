import type { TriggerId } from '../drift/types';

export type KpiDetailPath = '/win-rate' | '/sales-cycle' | '/retention' | '/cltv' | '/campaigns' | '/icp';

export interface KpiDetailLink {
	path: KpiDetailPath;
	/** The link text: the page it opens. */
	label: string;
}

/**
 * The page that shows what a trigger monitors: the KPI's detail page for an advantage, the ICP
 * definition page (tier counts, attribute profile) for the mix of new deals and for staleness, and
 * the campaigns page for the ICP mix of new leads.
 */
const LINKS: Record<TriggerId, KpiDetailLink> = {
	'win-rate': { path: '/win-rate', label: 'Win rate' },
	'cycle-length': { path: '/sales-cycle', label: 'Sales cycle' },
	retention: { path: '/retention', label: 'Retention' },
	cltv: { path: '/cltv', label: 'CLTV' },
	'campaign-conversion': { path: '/campaigns', label: 'Campaigns' },
	'mix-deals': { path: '/icp', label: 'ICP definition' },
	'mix-leads': { path: '/campaigns', label: 'Campaigns' },
	'mix-industry': { path: '/icp', label: 'ICP definition' },
	'mix-size': { path: '/icp', label: 'ICP definition' },
	'mix-region': { path: '/icp', label: 'ICP definition' },
	staleness: { path: '/icp', label: 'ICP definition' }
};

export const kpiDetailLink = (id: TriggerId): KpiDetailLink => LINKS[id];
