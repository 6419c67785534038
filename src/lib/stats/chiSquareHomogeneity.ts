import { chiSquareSurvival } from './chiSquare';

export interface ChiSquareHomogeneityResult {
	/** Pearson's X², no continuity correction; NaN when fewer than 2 non-empty rows or columns remain. */
	chiSquare: number;
	df: number;
	p: number;
	/** Smallest expected count; below ~5 the χ² approximation is rough (Cochran 1954). */
	minExpected: number;
}

/**
 * Pearson's chi-square test that the rows of a contingency table (groups × categories, counts)
 * share one distribution over the columns. All-zero rows and columns are dropped first (they carry
 * no information and would divide by zero), and df = (rows − 1)(columns − 1) of what remains.
 */
export function chiSquareHomogeneity(table: readonly (readonly number[])[]): ChiSquareHomogeneityResult {
	const width = table[0]?.length ?? 0;
	table.forEach((row, i) => {
		if (row.length !== width) throw new RangeError(`chiSquareHomogeneity: row ${i} has ${row.length} columns, row 0 has ${width}`);
		const bad = row.findIndex((c) => !(Number.isFinite(c) && c >= 0));
		if (bad >= 0) throw new RangeError(`chiSquareHomogeneity: cell [${i}][${bad}] must be a count ≥ 0, got ${row[bad]}`);
	});
	const columnTotals = Array.from({ length: width }, (_, j) => table.reduce((s, row) => s + row[j], 0));
	const keptColumns = columnTotals.flatMap((total, j) => (total > 0 ? [j] : []));
	const rows = table.filter((row) => row.some((c) => c > 0));
	if (rows.length < 2 || keptColumns.length < 2) return { chiSquare: NaN, df: 0, p: NaN, minExpected: NaN };
	const total = keptColumns.reduce((s, j) => s + columnTotals[j], 0);
	let chiSquare = 0;
	let minExpected = Infinity;
	for (const row of rows) {
		const rowTotal = row.reduce((s, c) => s + c, 0);
		for (const j of keptColumns) {
			const expected = (rowTotal * columnTotals[j]) / total;
			chiSquare += (row[j] - expected) ** 2 / expected;
			minExpected = Math.min(minExpected, expected);
		}
	}
	const df = (rows.length - 1) * (keptColumns.length - 1);
	return { chiSquare, df, p: chiSquareSurvival(chiSquare, df), minExpected };
}
