import type { Engine } from '../db/engine';
import type { ImportResult } from '../import/index';
import type { ResultSummary } from './accounting';
import type { FileRegistry } from './fileIntake';
import { loadFiles, type DatasetFile, type LoadFilesOptions } from './loadFiles';

/**
 * One import: the files the user loaded together, with their confirmed mappings, and the row
 * accounting at the time. Snapshots are applied in the order they were made, so a later export's
 * rows replace an earlier one's with the same id.
 */
export interface Snapshot {
	id: string;
	createdAt: number;
	/** Files that loaded rows (ignored and unreadable files are not stored). */
	files: DatasetFile[];
	/** Every file of the import, ignored ones included, as accounted when it was made. */
	results: ResultSummary[];
}

export function newSnapshotId(createdAt: number): string {
	return `${createdAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function inImportOrder(snapshots: readonly Snapshot[]): Snapshot[] {
	return [...snapshots].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export function snapshotBytes(snapshot: Snapshot): number {
	return snapshot.files.reduce((sum, f) => sum + f.blob.size, 0);
}

/**
 * Loads snapshots into emptied canonical tables, oldest first, each through one pipeline call:
 * what a page reload or removing a snapshot does to get back the dataset the imports made.
 */
export async function loadSnapshots(engine: Engine, registry: FileRegistry, snapshots: readonly Snapshot[], options: LoadFilesOptions): Promise<Map<string, ImportResult[]>> {
	const results = new Map<string, ImportResult[]>();
	for (const snapshot of inImportOrder(snapshots)) results.set(snapshot.id, await loadFiles(engine, registry, snapshot.files, options));
	return results;
}
