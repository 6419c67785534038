import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { classifyStage, type StageValue } from '../import/index';
import { ident, trimmedText } from '../import/sqlText';

const LIMIT = 500;

/**
 * Distinct values of a column of a parsed file's raw table with their row counts, most frequent
 * first: the stage table when the user picks another stage column than the suggested one.
 */
export async function stageValuesOf(engine: Engine, rawTable: string, column: string): Promise<StageValue[]> {
	const value = trimmedText(ident(column));
	const rows = tableRows(await engine.query(`SELECT ${value} AS value, count(*) AS n FROM ${ident(rawTable)} WHERE ${value} IS NOT NULL GROUP BY 1 ORDER BY n DESC, value LIMIT ${LIMIT}`));
	return rows.map((r) => ({ value: String(r.value), rows: Number(r.n), target: classifyStage(String(r.value)) }));
}
