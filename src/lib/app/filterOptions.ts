import type { Engine } from '../db/engine';
import { tableRows } from '../db/rows';
import { SEGMENTS } from '../kpis/reportFilter';
import filterOptionsSql from '../sql/app/filter_options.sql?raw';
import type { MonthRange } from './period';

export interface FilterOptions {
	owners: string[];
	channels: string[];
	segments: readonly string[];
	/** First and last month with any data, 'YYYY-MM'. */
	data: MonthRange;
}

export async function queryFilterOptions(engine: Engine): Promise<FilterOptions> {
	const rows = tableRows<{ kind: string; value: string }>(await engine.query(filterOptionsSql));
	const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
	const [from] = of('firstMonth');
	const [to] = of('lastMonth');
	if (!from || !to) throw new Error('The data has no dates: no deals, revenue or leads were loaded');
	return { owners: of('owner'), channels: of('channel'), segments: SEGMENTS, data: { from, to } };
}
