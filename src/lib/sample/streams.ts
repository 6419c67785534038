import { seededRandom, type Random } from '../stats/random';

/** murmur3's 32-bit finalizer: spreads nearby seeds apart. */
function mix32(x: number): number {
	let h = x >>> 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

const SALTS = { accounts: 1, deals: 2, outcomes: 3, dealAttributes: 4, leads: 5, funnel: 6, book: 7, revenue: 8 } as const;
export type StreamName = keyof typeof SALTS;

/**
 * One random stream per concern, each drawing a fixed number of values per row whatever the
 * switches: turning one effect off leaves every other draw unchanged, so histories pair up.
 */
export function stream(seed: number, name: StreamName, index = 0): Random {
	return seededRandom(mix32(mix32(seed ^ Math.imul(SALTS[name], 0x9e3779b1)) + Math.imul(index, 0x27d4eb2f)));
}
