export interface Campaign {
	name: string;
	channel: string;
	/** Leads per active month at full size, before growth. */
	volume: number;
	/** Targeting accuracy: ICP share relative to the month's average (normalized over active campaigns). */
	icpFactor: number;
	active(month: number): boolean;
}

const always = () => true;
const from = (first: number) => (month: number) => month >= first;
/** An annual event: leads in the event month and the one after (month = 0..11 of the year). */
const yearly = (monthOfYear: number) => (month: number) => month % 12 === monthOfYear || month % 12 === monthOfYear + 1;

/** Twelve campaigns in five channels; events run once a year, some campaigns start later. */
export const CAMPAIGNS: Campaign[] = [
	{ name: 'Brand search', channel: 'Paid search', volume: 190, icpFactor: 1.1, active: always },
	{ name: 'Competitor keywords', channel: 'Paid search', volume: 150, icpFactor: 0.9, active: always },
	{ name: 'Generic search', channel: 'Paid search', volume: 170, icpFactor: 0.55, active: always },
	{ name: 'SaaStr Annual', channel: 'Events', volume: 420, icpFactor: 1.3, active: yearly(8) },
	{ name: 'Fintech Forum London', channel: 'Events', volume: 260, icpFactor: 1.5, active: yearly(3) },
	{ name: 'Regional roadshows', channel: 'Events', volume: 70, icpFactor: 0.8, active: always },
	{ name: 'State of RevOps report', channel: 'Content', volume: 150, icpFactor: 1.0, active: from(13) },
	{ name: 'ICP webinar series', channel: 'Content', volume: 110, icpFactor: 1.2, active: always },
	{ name: 'Blog & SEO', channel: 'Content', volume: 220, icpFactor: 0.45, active: always },
	{ name: 'SDR mid-market sequence', channel: 'Outbound', volume: 150, icpFactor: 1.8, active: always },
	{ name: 'SDR enterprise sequence', channel: 'Outbound', volume: 80, icpFactor: 0.6, active: from(5) },
	{ name: 'Salesforce AppExchange', channel: 'Partners', volume: 110, icpFactor: 1.7, active: always }
];

/** Each campaign's ICP factor divided by the volume-weighted mean factor of the campaigns active that month. */
export function normalizedIcpFactors(month: number): number[] {
	let volume = 0;
	let weighted = 0;
	for (const c of CAMPAIGNS) {
		if (!c.active(month)) continue;
		volume += c.volume;
		weighted += c.volume * c.icpFactor;
	}
	const mean = weighted / volume;
	return CAMPAIGNS.map((c) => c.icpFactor / mean);
}
