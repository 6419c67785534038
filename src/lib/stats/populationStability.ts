export interface PopulationStabilityOptions {
	/** Share used in place of 0 for a bin that is empty in one distribution (the log ratio would be infinite). */
	epsilon?: number;
}

/**
 * Population stability index between a reference distribution and a current one, given as counts
 * per bin (same bins, same order): Σ (a − e) · ln(a / e) over bin shares — the symmetric Jeffreys
 * divergence. A share of 0 is replaced by `epsilon` (default 1e-4, i.e. 0.01%) without renormalising,
 * so one bin emptying adds a large but finite term. Common reading (Siddiqi 2006, "Credit Risk
 * Scorecards"): < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 major shift. NaN if either total is 0.
 */
export function populationStabilityIndex(
	expected: readonly number[],
	actual: readonly number[],
	{ epsilon = 1e-4 }: PopulationStabilityOptions = {}
): number {
	if (expected.length !== actual.length) throw new RangeError(`populationStabilityIndex: ${expected.length} reference bins but ${actual.length} current bins`);
	for (const [name, counts] of [['expected', expected], ['actual', actual]] as const) {
		const bad = counts.findIndex((c) => !(Number.isFinite(c) && c >= 0));
		if (bad >= 0) throw new RangeError(`populationStabilityIndex: ${name}[${bad}] must be a count ≥ 0, got ${counts[bad]}`);
	}
	const totalExpected = expected.reduce((s, c) => s + c, 0);
	const totalActual = actual.reduce((s, c) => s + c, 0);
	if (totalExpected === 0 || totalActual === 0) return NaN;
	let psi = 0;
	for (let i = 0; i < expected.length; i++) {
		const e = expected[i] / totalExpected || epsilon;
		const a = actual[i] / totalActual || epsilon;
		psi += (a - e) * Math.log(a / e);
	}
	return psi;
}
