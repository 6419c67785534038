/** Bin choices of the mix trigger: few, well-filled bins, so that small samples do not fire by noise. */

/** Categories in a fixed, meaningful order where there is one. */
export const FIXED_BIN_ORDER: Record<string, readonly string[]> = {
	'deals/tier': ['A', 'B', 'C', 'out', 'unknown'],
	'leads/tier': ['A', 'B', 'C', 'out', 'no account'],
	'deals/size': ['1-49', '50-199', '200-999', '1000+', 'unknown']
};

export const OTHER_BIN = 'other';

/**
 * At most `maxBins` bins: all categories when they fit (in the fixed order, else largest reference
 * count first); otherwise the largest `maxBins − 1` by reference count plus 'other'.
 */
export function chooseBins(referenceCounts: ReadonlyMap<string, number>, allCategories: readonly string[], maxBins: number, fixedOrder?: readonly string[]): string[] {
	const byCount = [...allCategories].sort((a, b) => (referenceCounts.get(b) ?? 0) - (referenceCounts.get(a) ?? 0) || a.localeCompare(b));
	if (allCategories.length <= maxBins) {
		if (!fixedOrder) return byCount;
		const known = fixedOrder.filter((c) => allCategories.includes(c));
		return [...known, ...byCount.filter((c) => !known.includes(c))];
	}
	return [...byCount.slice(0, maxBins - 1), OTHER_BIN];
}

/**
 * Groups bins for a test so that every group's expected count in the current window (its reference
 * share × the window's size) is at least `minExpected`: the rarest group is merged into the next
 * rarest until that holds or one group is left (Cochran's rule for the chi-square approximation).
 * Returns, for each group, the indexes of the bins it holds.
 */
export function mergeSparseBins(referenceCounts: readonly number[], windowTotal: number, minExpected = 5): number[][] {
	const referenceTotal = referenceCounts.reduce((s, c) => s + c, 0);
	const expected = (group: number[]) => (group.reduce((s, i) => s + referenceCounts[i], 0) / referenceTotal) * windowTotal;
	const groups = referenceCounts.map((_, i) => [i]);
	while (groups.length > 1) {
		groups.sort((a, b) => expected(a) - expected(b));
		if (expected(groups[0]) >= minExpected) break;
		const [rarest, next] = groups.splice(0, 2);
		groups.push([...rarest, ...next].sort((x, y) => x - y));
	}
	return groups.sort((a, b) => a[0] - b[0]);
}

export const sumGroups = (counts: readonly number[], groups: readonly number[][]): number[] => groups.map((g) => g.reduce((s, i) => s + counts[i], 0));
