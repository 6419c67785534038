import type { Random } from '../stats/random';

const STARTS = ['Nor', 'Vel', 'Quan', 'Lum', 'Ark', 'Zen', 'Cor', 'Tal', 'Bri', 'Ever', 'Sol', 'Hel', 'Mar', 'Ori', 'Pax', 'Ryn', 'Sil', 'Ter', 'Ul', 'Vey', 'Kel', 'Dra', 'Fen', 'Gal'];
const ENDS = ['ora', 'ex', 'ify', 'io', 'ara', 'ton', 'ium', 'ly', 'ent', 'ova', 'is', 'ix', 'en', 'um', 'aro', 'ine'];
const WORDS = ['Blue', 'North', 'Iron', 'Cedar', 'Bright', 'Silver', 'Harbor', 'Summit', 'Pioneer', 'Maple', 'Granite', 'Beacon', 'Crescent', 'Falcon', 'Willow', 'Atlas', 'Vertex', 'Orbit', 'Meridian', 'Prairie'];
const SURNAMES = ["O'Reilly", "O'Brien", "D'Angelo", "O'Neill", 'McAllister', 'Lindqvist', 'Novak', 'Okafor', 'Brandt', 'Moreau', 'Tanaka', 'Kowalski', 'Fischer', 'Silva', 'Whitaker', 'Ramirez'];
const POSSESSIVE = ["Dunn's", "Parker's", "Miller's", "Rossi's", "Kim's"];

const INDUSTRY_WORDS: Record<string, readonly string[]> = {
	Software: ['Software', 'Labs', 'Systems', 'Cloud', 'Analytics', 'Technologies'],
	Fintech: ['Pay', 'Capital', 'Ledger', 'Finance', 'Money'],
	'Healthcare IT': ['Health', 'Care Systems', 'Medical Data', 'Clinic Cloud'],
	Retail: ['Outfitters', 'Market', 'Stores', 'Goods'],
	Manufacturing: ['Industries', 'Manufacturing', 'Works', 'Components'],
	Education: ['Learning', 'Academy', 'Education', 'Schools'],
	Government: ['County Services', 'Municipal Authority', 'Public Agency', 'State Office'],
	Media: ['Media', 'Studios', 'Publishing', 'Broadcasting'],
	Logistics: ['Logistics', 'Freight', 'Shipping', 'Transport'],
	Telecom: ['Telecom', 'Networks', 'Connect'],
	Energy: ['Energy', 'Power', 'Renewables'],
	'Professional Services': ['Consulting', 'Partners', 'Advisory', 'Group']
};

const LEGAL = ['', '', '', ' Inc.', ' Ltd', ' GmbH', ' LLC'];

/** Company names from syllables, words and surnames (some with apostrophes, e.g. "O'Reilly Analytics"), unique within `taken`. */
export function companyName(rng: Random, industry: string, taken: Set<string>): string {
	const suffixes = INDUSTRY_WORDS[industry] ?? ['Group'];
	for (let attempt = 0; ; attempt++) {
		const style = rng.int(0, 9);
		const core =
			style < 4
				? rng.pick(STARTS) + rng.pick(ENDS)
				: style < 7
					? rng.pick(WORDS) + (rng.chance(0.5) ? rng.pick(WORDS).toLowerCase() : '')
					: style < 9
						? rng.pick(SURNAMES)
						: rng.pick(POSSESSIVE);
		let name = `${core} ${rng.pick(suffixes)}${rng.pick(LEGAL)}`;
		if (attempt > 3) name = `${name} ${attempt}`;
		if (!taken.has(name)) {
			taken.add(name);
			return name;
		}
	}
}
