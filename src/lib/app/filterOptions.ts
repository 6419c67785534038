import type { Engine } from '$lib/db/engine';
import { tableRows } from '$lib/db/rows';
import filterOptionsSql from '$lib/sql/app/filter_options.sql?raw';

export interface FilterOptions {
	owners: string[];
	channels: string[];
	segments: string[];
	/** 'YYYY-MM' of the latest date in the data. */
	lastMonth: string;
}

export const segments = ['SMB', 'Mid-market', 'Enterprise', 'Unknown'];

export async function queryFilterOptions(engine: Engine): Promise<FilterOptions> {
	const rows = tableRows<{ kind: string; value: string }>(await engine.query(filterOptionsSql));
	const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.value);
	const lastMonth = of('lastMonth')[0];
	if (!lastMonth) throw new Error('The data has no dates: no deals, revenue or leads were loaded');
	return { owners: of('owner'), channels: of('channel'), segments, lastMonth };
}
