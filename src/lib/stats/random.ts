/** Seeded pseudo-random numbers (mulberry32): the sample data and the bootstraps must be reproducible. */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [min, max]. */
	int(min: number, max: number): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** Log-normal with the given median and log-scale sigma. */
	logNormal(median: number, sigma: number): number;
	/** true with probability p. */
	chance(p: number): boolean;
	/** One element, uniformly. */
	pick<T>(items: readonly T[]): T;
	/** One element by weight (weights need not sum to 1). */
	weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const normal = () => {
		const u = 1 - next();
		const v = next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		normal,
		logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (items, weights) => {
			const total = weights.reduce((a, b) => a + b, 0);
			let r = next() * total;
			for (let i = 0; i < items.length; i++) {
				r -= weights[i];
				if (r < 0) return items[i];
			}
			return items[items.length - 1];
		}
	};
}
