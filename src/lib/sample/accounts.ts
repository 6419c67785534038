import type { Random } from '../stats/random';
import { DATA_START_DAY, dayOf, isoDate } from './calendar';
import { companyName } from './companyNames';
import { classifyIcpV2 } from './icpV2';
import type { AccountRow, IcpTier } from './types';

export interface GeneratedAccount {
	row: AccountRow;
	createdDay: number;
	tier: IcpTier;
	isIcp: boolean;
	/** Relative chance of being picked for a deal or a lead. */
	weight: number;
}

const REGION_COUNTRIES: Record<string, { countries: string[]; weights: number[] }> = {
	'North America': { countries: ['United States', 'Canada'], weights: [85, 15] },
	'Western Europe': {
		countries: ['United Kingdom', 'Germany', 'France', 'Netherlands', 'Ireland', 'Spain', 'Sweden'],
		weights: [30, 25, 15, 10, 5, 8, 7]
	},
	'Eastern Europe': { countries: ['Poland', 'Czechia', 'Romania', 'Estonia', 'Hungary'], weights: [40, 20, 20, 10, 10] },
	APAC: { countries: ['Australia', 'Japan', 'Singapore', 'India'], weights: [30, 20, 20, 30] },
	LATAM: { countries: ['Brazil', 'Mexico', 'Argentina', 'Chile'], weights: [45, 30, 10, 15] }
};
const REGIONS = Object.keys(REGION_COUNTRIES);

const INDUSTRIES = ['Software', 'Fintech', 'Healthcare IT', 'Retail', 'Manufacturing', 'Education', 'Government', 'Media', 'Logistics', 'Telecom', 'Energy', 'Professional Services'];

/**
 * Two kinds of companies: a "target-like" profile (the market the ICP was written for, with
 * near-misses) and the broad market. Classification is done afterwards by the v2 evaluator.
 */
const PROFILES = {
	target: {
		industryWeights: [50, 25, 17, 4, 0, 0, 0, 0, 0, 0, 0, 4],
		regionWeights: [55, 33, 5, 5, 2],
		employeesMedian: 220,
		employeesSigma: 0.9,
		crm: { tools: ['Salesforce', 'HubSpot', 'Pipedrive', null], weights: [50, 30, 8, 12] }
	},
	broad: {
		industryWeights: [12, 6, 5, 12, 13, 8, 6, 8, 10, 5, 5, 10],
		regionWeights: [30, 25, 15, 20, 10],
		employeesMedian: 120,
		employeesSigma: 1.6,
		crm: { tools: ['Salesforce', 'HubSpot', 'Pipedrive', null], weights: [25, 20, 12, 43] }
	}
} as const;
const TARGET_PROFILE_SHARE = 0.45;

const OTHER_TOOLS: { tool: string; p: number }[] = [
	{ tool: 'Slack', p: 0.6 },
	{ tool: 'Google Workspace', p: 0.45 },
	{ tool: 'Microsoft 365', p: 0.4 },
	{ tool: 'Jira', p: 0.35 },
	{ tool: 'Zendesk', p: 0.3 },
	{ tool: 'Snowflake', p: 0.18 },
	{ tool: 'Stripe', p: 0.2 },
	{ tool: 'Intercom', p: 0.15 },
	{ tool: 'Marketo', p: 0.1 }
];

const FUNDING_BY_SIZE: { maxEmployees: number; weights: number[] }[] = [
	// Bootstrapped, Seed, Series A, Series B, Series C, Series D+, Public
	{ maxEmployees: 49, weights: [35, 35, 25, 5, 0, 0, 0] },
	{ maxEmployees: 299, weights: [20, 10, 25, 25, 12, 5, 3] },
	{ maxEmployees: 1999, weights: [15, 0, 5, 15, 25, 20, 20] },
	{ maxEmployees: Infinity, weights: [10, 0, 0, 0, 10, 20, 60] }
];
const FUNDING_STAGES = ['Bootstrapped', 'Seed', 'Series A', 'Series B', 'Series C', 'Series D+', 'Public'];

const REVENUE_PER_EMPLOYEE: Record<string, number> = { Software: 180_000, Fintech: 220_000, 'Healthcare IT': 160_000, Retail: 250_000, Manufacturing: 200_000 };

const MESS_SHARE = 0.01;

/** Exports are messy: a few text values arrive with odd case or stray spaces. */
function messy(rng: Random, value: string): string {
	if (!rng.chance(MESS_SHARE)) return value;
	return rng.pick([value.toUpperCase(), value.toLowerCase(), ` ${value}`, `${value} `]);
}

function orNull<T>(rng: Random, p: number, value: T): T | null {
	return rng.chance(p) ? null : value;
}

function ownershipOf(rng: Random, industry: string, fundingStage: string | null): string {
	if (industry === 'Government') return 'Government';
	if (industry === 'Education') return rng.weighted(['Non-profit', 'Government', 'Private'], [50, 20, 30]);
	const nonProfit = industry === 'Healthcare IT' ? 0.04 : 0.015;
	const r = rng.next();
	if (r < nonProfit) return 'Non-profit';
	if (r < nonProfit + 0.005) return 'Government';
	return fundingStage === 'Public' ? 'Public' : 'Private';
}

function employeesOf(rng: Random, median: number, sigma: number): number {
	const boundary = rng.next();
	// A few companies sit exactly on the ICP's inclusive employee bounds.
	if (boundary < 0.004) return 50;
	if (boundary < 0.008) return 1000;
	return Math.min(20_000, Math.max(5, Math.round(rng.logNormal(median, sigma))));
}

function techStackOf(rng: Random, crmTool: string | null): string[] {
	const stack: string[] = [];
	if (crmTool !== null) stack.push(messy(rng, crmTool));
	for (const { tool, p } of OTHER_TOOLS) if (rng.chance(p)) stack.push(tool);
	return stack;
}

const accountCreatedDay = (rng: Random): number =>
	rng.chance(0.75) ? rng.int(dayOf(2016, 1, 1), DATA_START_DAY - 1) : rng.int(DATA_START_DAY, dayOf(2025, 10, 31));

export function generateAccounts(rng: Random, count: number): GeneratedAccount[] {
	const names = new Set<string>();
	const drafts: Omit<GeneratedAccount, 'tier' | 'isIcp'>[] = [];
	for (let i = 0; i < count; i++) {
		const profile = rng.chance(TARGET_PROFILE_SHARE) ? PROFILES.target : PROFILES.broad;
		const industry = rng.weighted(INDUSTRIES, profile.industryWeights);
		const region = rng.weighted(REGIONS, profile.regionWeights);
		const { countries, weights } = REGION_COUNTRIES[region];
		const country = rng.weighted(countries, weights);
		const employees = employeesOf(rng, profile.employeesMedian, profile.employeesSigma);
		const revenuePerEmployee = rng.logNormal(REVENUE_PER_EMPLOYEE[industry] ?? 150_000, 0.45);
		const annualRevenue = rng.chance(0.004) ? 5_000_000 : Math.round((employees * revenuePerEmployee) / 1000) * 1000;
		const fundingWeights = FUNDING_BY_SIZE.find((b) => employees <= b.maxEmployees)?.weights ?? FUNDING_BY_SIZE[0].weights;
		const fundingStage = industry === 'Government' ? null : rng.weighted(FUNDING_STAGES, fundingWeights);
		const ownership = ownershipOf(rng, industry, fundingStage);
		const crmTool = rng.weighted<string | null>(profile.crm.tools, profile.crm.weights);
		const techStack = techStackOf(rng, crmTool);
		const createdDay = accountCreatedDay(rng);
		drafts.push({
			row: {
				account_id: '',
				name: companyName(rng, industry, names),
				industry: orNull(rng, 0.01, messy(rng, industry)),
				employees: orNull(rng, 0.01, employees),
				annual_revenue: orNull(rng, 0.02, annualRevenue),
				country,
				region: orNull(rng, 0.005, messy(rng, region)),
				funding_stage: rng.chance(0.03) ? null : fundingStage,
				tech_stack: orNull(rng, 0.01, techStack),
				created_at: isoDate(createdDay),
				ownership: orNull(rng, 0.02, ownership)
			},
			createdDay,
			weight: rng.logNormal(1, 0.7)
		});
	}
	// Ids ascend with creation, as a CRM hands them out.
	drafts.sort((a, b) => a.createdDay - b.createdDay);
	const width = Math.max(5, String(count).length);
	return drafts.map((draft, i) => {
		draft.row.account_id = `A-${String(i + 1).padStart(width, '0')}`;
		const { tier, isIcp } = classifyIcpV2(draft.row);
		return { ...draft, tier, isIcp };
	});
}
