import type { AccountRow, IcpTier } from './types';

/**
 * The sample's own evaluator for version 2 of the default ICP (data/icp.json), kept apart from the
 * app's ICP compiler on purpose: the two are checked against each other. Text compares ignore case
 * and surrounding spaces; a missing value matches no criterion (so it fails a must and never excludes).
 */
export const ICP_V2 = {
	version: '2',
	industries: ['software', 'fintech', 'healthcare it'],
	employees: [50, 1000],
	regions: ['north america', 'western europe'],
	crms: { values: ['salesforce', 'hubspot'], weight: 50 },
	laterStages: { values: ['series b', 'series c', 'series d+'], weight: 30 },
	minRevenue: { value: 5_000_000, weight: 20 },
	excludedOwnership: ['government', 'non-profit'],
	tiers: { A: 70, B: 40 }
} as const;

const norm = (text: string | null): string | null => (text === null ? null : text.trim().toLowerCase());

const isIn = (text: string | null, values: readonly string[]): boolean => {
	const value = norm(text);
	return value !== null && values.includes(value);
};

export interface IcpV2Result {
	tier: IcpTier;
	score: number;
	isIcp: boolean;
}

export function classifyIcpV2(account: AccountRow): IcpV2Result {
	const r = ICP_V2;
	const employees = account.employees;
	const passesMusts =
		isIn(account.industry, r.industries) &&
		employees !== null &&
		employees >= r.employees[0] &&
		employees <= r.employees[1] &&
		isIn(account.region, r.regions);
	const excluded = isIn(account.ownership, r.excludedOwnership);
	const usesCrm = (account.tech_stack ?? []).some((tool) => isIn(tool, r.crms.values));
	const score =
		(usesCrm ? r.crms.weight : 0) +
		(isIn(account.funding_stage, r.laterStages.values) ? r.laterStages.weight : 0) +
		(account.annual_revenue !== null && account.annual_revenue >= r.minRevenue.value ? r.minRevenue.weight : 0);
	if (!passesMusts || excluded) return { tier: 'out', score, isIcp: false };
	const tier: IcpTier = score >= r.tiers.A ? 'A' : score >= r.tiers.B ? 'B' : 'C';
	return { tier, score, isIcp: tier !== 'C' };
}
