import { loadActiveIcp } from '../app/activeIcp';
import { session, type LoadProgress } from '../app/session.svelte';
import { loadBundledSample } from '../data/bundledSample';
import type { BrowserEngine } from '../db/browser';
import { browserParquetCodec } from '../db/browserParquet';
import type { ParquetCodec } from '../db/engine';
import { dataset } from './datasetState.svelte';
import type { FileRegistry } from './fileIntake';
import { formatBytes, ProgressTracker } from './importProgress';
import { dropImportTables, resetCanonicalTables } from './loadFiles';
import { prepareForData, tableCounts } from './prepareForData';
import { indexedDbSnapshotStore, type SnapshotStore } from './snapshotStore';
import { loadSnapshots, type Snapshot } from './snapshots';

export type DatasetProgress = (phase: 'loading' | 'preparing', progress: LoadProgress) => void;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The engine reads the user's files in place (registerFileHandle), stored Blobs included. */
export function browserRegistry(engine: BrowserEngine): FileRegistry {
	return {
		register: (name, file) => engine.registerFile(name, file.blob instanceof File ? file.blob : new File([file.blob], file.name, { lastModified: file.lastModified })),
		release: (name) => engine.dropFile(name)
	};
}

let store: SnapshotStore | undefined;

export function snapshotStore(): SnapshotStore {
	if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB storage');
	store ??= indexedDbSnapshotStore();
	return store;
}

async function storedSnapshots(): Promise<Snapshot[]> {
	try {
		return await snapshotStore().list();
	} catch (error) {
		dataset.notice = `Saved imports could not be read from this browser's storage (${message(error)}); showing the sample data.`;
		return [];
	}
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Loads the snapshots, oldest first, into emptied tables; without snapshots, or when they cannot be
 * loaded, the bundled sample (the snapshots stay listed so the user can remove or replace them).
 */
async function loadDataset(engine: BrowserEngine, codec: ParquetCodec, snapshots: Snapshot[], onProgress: DatasetProgress): Promise<void> {
	dataset.snapshots = snapshots;
	dataset.results = {};
	await dropImportTables(engine, () => false);
	if (snapshots.length > 0) {
		const files = snapshots.flatMap((s) => s.files);
		const tracker = new ProgressTracker(
			files.map((f) => ({ label: f.name, size: f.blob.size })),
			'rebuild'
		);
		const label = `Loading your imported data (${snapshots.length === 1 ? '1 import' : `${snapshots.length} imports`}, ${formatBytes(tracker.view().bytesTotal)})`;
		try {
			await resetCanonicalTables(engine);
			const results = await loadSnapshots(engine, browserRegistry(engine), snapshots, {
				codec,
				onProgress: (event) => {
					const view = tracker.update(event);
					onProgress('loading', { label, fraction: view.fraction, detail: `${view.activity} · ${view.rows.toLocaleString('en-US')} rows` });
				}
			});
			dataset.results = Object.fromEntries(results);
			dataset.source = 'snapshots';
			return;
		} catch (error) {
			dataset.notice = `Your imported data could not be loaded again (${message(error)}); showing the sample data instead. Remove the import below, or import the files again.`;
			await dropImportTables(engine, () => false);
		}
	}
	await loadBundledSample(engine, codec, ({ file, bytesLoaded, fileIndex, fileCount }) =>
		onProgress('loading', { label: 'Loading the sample data', fraction: fileIndex / fileCount, detail: `${file}: ${megabytes(bytesLoaded)}` })
	);
	dataset.source = 'sample';
}

/** Classifies the loaded data by the active ICP (or records why it cannot) and counts the tables. */
export async function prepareLoadedData(engine: BrowserEngine): Promise<void> {
	dataset.icpErrors = await prepareForData(engine, loadActiveIcp());
	dataset.counts = await tableCounts(engine);
}

/** At start: the user's snapshots when there are any, else the bundled sample; then the views. */
export async function loadStartupData(engine: BrowserEngine, codec: ParquetCodec, onProgress: DatasetProgress): Promise<void> {
	await loadDataset(engine, codec, await storedSnapshots(), onProgress);
	onProgress('preparing', { label: 'Classifying accounts by the ICP', fraction: null, detail: '' });
	await prepareLoadedData(engine);
}

let sequence = 0;

/** Loads `snapshots` again in place of the current data, with progress on the Data page. */
async function reloadWith(snapshots: Snapshot[], busy: string): Promise<void> {
	dataset.busy = busy;
	try {
		await session.run(`dataset:reload:${++sequence}`, async (engine) => {
			await loadDataset(engine, await browserParquetCodec(), snapshots, (_, progress) => (dataset.progress = progress));
			dataset.progress = { label: 'Classifying accounts by the ICP', fraction: null, detail: '' };
			await prepareLoadedData(engine);
		});
		session.ready();
	} finally {
		dataset.busy = null;
		dataset.progress = null;
	}
}

/** A change to the stored snapshots; when storage fails the session still changes, with a notice. */
async function changeStore(change: (store: SnapshotStore) => Promise<void>): Promise<void> {
	try {
		await change(snapshotStore());
	} catch (error) {
		dataset.notice = `This browser's storage could not be changed (${message(error)}): after a reload the removed data may be back.`;
	}
}

export async function removeSnapshot(id: string): Promise<void> {
	await changeStore((s) => s.remove(id));
	await reloadWith(
		dataset.snapshots.filter((s) => s.id !== id),
		'Removing the import and loading the rest again'
	);
}

/** Removes every snapshot: the dashboard shows the bundled sample again. */
export async function useSampleAgain(): Promise<void> {
	await changeStore((s) => s.clear());
	await reloadWith([], 'Removing your imports and loading the sample data');
}

/** Restores the dataset after a cancelled or failed import changed the tables halfway. */
export function restoreDataset(): Promise<void> {
	return reloadWith(dataset.snapshots, 'Restoring the data as it was before the import');
}
