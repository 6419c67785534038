import type { IcpError } from '../icp/types';
import type { ImportResult } from '../import/index';
import type { LoadProgress } from '../app/session.svelte';
import type { TableCounts } from './prepareForData';
import type { Snapshot } from './snapshots';

export type DatasetSource = 'sample' | 'snapshots';

/**
 * What the dashboard is showing: the bundled sample or the user's imported snapshots, with the row
 * counts of the canonical tables, the accounting of each snapshot's last load (its rejects tables
 * live in the engine, so rejected rows can be downloaded), and whether the ICP fits the data.
 */
class DatasetState {
	source = $state<DatasetSource>('sample');
	snapshots = $state.raw<Snapshot[]>([]);
	/** Snapshot id → results of loading it in this session. */
	results = $state.raw<Record<string, ImportResult[]>>({});
	counts = $state.raw<TableCounts | null>(null);
	/** Why the active ICP definition cannot classify this data; empty when it can. */
	icpErrors = $state.raw<IcpError[]>([]);
	/** Something the user must know about the stored imports (could not be read or saved). */
	notice = $state<string | null>(null);
	/** Set while snapshots are removed and the data is loaded again. */
	busy = $state<string | null>(null);
	progress = $state.raw<LoadProgress | null>(null);

	/** Rejects tables of every loaded snapshot: kept when an import's leftovers are dropped. */
	get rejectsTables(): string[] {
		return Object.values(this.results).flatMap((list) => list.map((r) => r.rejectsTable).filter((t): t is string => t !== null));
	}
}

export const dataset = new DatasetState();
