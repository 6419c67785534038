import { session } from '../app/session.svelte';
import { browserParquetCodec } from '../db/browserParquet';
import type { Engine } from '../db/engine';
import { emptyResult, loadImports, type CanonicalField, type ImportMapping, type ImportResult, type ParsedFile, type StageTarget, type StageValue, type TableKind } from '../import/index';
import { summarize } from './accounting';
import { browserRegistry, prepareLoadedData, restoreDataset, snapshotStore } from './datasetActions';
import { dataset } from './datasetState.svelte';
import { ImportCancelled, cancellableEngine } from './cancellableEngine';
import type { IntakeFile } from './fileIntake';
import { ProgressTracker, type ProgressView } from './importProgress';
import { dropImportTables, keepTablesOf, readForReview, resetCanonicalTables, type DatasetFile } from './loadFiles';
import { mappingForKind, mappingForPreset, mappingGaps, stageTargets, withDateFormat, withDecimal, withDefaultCurrency, withFieldColumn, withStageTarget } from './mappingEdits';
import { adaptMapping, MappingMemory, type RememberedMapping } from './mappingMemory';
import { newSnapshotId, type Snapshot } from './snapshots';
import { stageValuesOf } from './stageValues';

export type FlowPhase = 'idle' | 'reading' | 'review' | 'loading' | 'done';

/** One file in review: what the pipeline read, and how the user wants it loaded. */
export interface StagedFile {
	key: string;
	file: IntakeFile;
	/** Null when the file could not be read at all (then `error` says why). */
	parsed: ParsedFile | null;
	error: ImportResult | null;
	/** Set aside by the user: not loaded, listed as ignored. */
	ignored: boolean;
	/** Null: no kind fits; the pipeline joins it to accounts when it shares their ids, else ignores it. */
	mapping: ImportMapping | null;
	/** Values of the mapped stage column, each with the status it will get. */
	stageValues: StageValue[];
	/** Set when the mapping came from the one confirmed for this header layout before. */
	remembered: RememberedMapping | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function ignoredResult(parsed: ParsedFile): ImportResult {
	return {
		...emptyResult(parsed.file, { ignoredReason: `set aside on review; its ${parsed.read} rows are not loaded` }),
		skipped: parsed.skipped,
		ignoredRows: parsed.read
	};
}

/** A plain copy (no Svelte proxies) that IndexedDB can store. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The Data page's import: read the dropped files for review (raw tables in the engine), let the user
 * confirm kinds and mappings, then load them as one snapshot. Lives outside the page so a review
 * survives navigating away. Reading and loading can be cancelled between two engine statements.
 */
class ImportFlow {
	phase = $state<FlowPhase>('idle');
	staged = $state.raw<StagedFile[]>([]);
	progress = $state.raw<ProgressView | null>(null);
	cancelling = $state(false);
	/** The snapshot the last load made; its accounting is shown until the next import starts. */
	lastSnapshot = $state<string | null>(null);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	private controller: AbortController | null = null;
	private sequence = 0;
	private memoryStore: MappingMemory | undefined;

	private get memory(): MappingMemory {
		this.memoryStore ??= new MappingMemory(localStorage);
		return this.memoryStore;
	}

	get busy(): boolean {
		return this.phase === 'reading' || this.phase === 'loading';
	}

	/** Files that will load, and what blocks loading: a file whose mapping lacks a required column. */
	get readiness(): { files: number; blocked: string[] } {
		const loading = this.staged.filter((f) => f.parsed && !f.ignored);
		const blocked = loading.filter((f) => f.mapping && mappingGaps(f.mapping).length > 0).map((f) => `${f.file.name} needs ${mappingGaps(f.mapping as ImportMapping).join(' and ')}`);
		return { files: loading.length, blocked };
	}

	/** Reads the files into raw tables for review, after any already in review. */
	async read(files: IntakeFile[]): Promise<void> {
		if (this.busy || files.length === 0) return;
		if (this.phase === 'done') this.lastSnapshot = null;
		this.phase = 'reading';
		this.error = this.notice = null;
		const controller = (this.controller = new AbortController());
		const tracker = new ProgressTracker(
			files.map((f) => ({ label: f.name, size: f.blob.size })),
			'read'
		);
		this.progress = tracker.view();
		try {
			await session.run(`dataset:read:${++this.sequence}`, async (engine) => {
				const guarded = cancellableEngine(engine, controller.signal);
				const codec = await browserParquetCodec();
				for (const file of files) {
					const reviewed = await readForReview(guarded, browserRegistry(engine), file, { codec, signal: controller.signal, onProgress: (e) => (this.progress = tracker.update(e)) });
					const staged = await this.stage(guarded, file, reviewed.parsed, reviewed.error);
					this.staged = [...this.staged, staged];
				}
			});
		} catch (error) {
			if (error instanceof ImportCancelled) this.notice = 'Reading was cancelled; the files read before it are kept for review.';
			else this.error = `Could not read the files: ${message(error)}`;
			await this.dropLeftovers();
		} finally {
			this.controller = null;
			this.cancelling = false;
			this.progress = null;
			this.phase = this.staged.length > 0 ? 'review' : 'idle';
		}
	}

	private async stage(engine: Engine, file: IntakeFile, parsed: ParsedFile | null, error: ImportResult | null): Promise<StagedFile> {
		const key = `${++this.sequence}:${file.name}`;
		if (!parsed) return { key, file, parsed, error, ignored: false, mapping: null, stageValues: [], remembered: null };
		const remembered = this.memory.recall(parsed.signature);
		const adapted = remembered ? adaptMapping(remembered.mapping, parsed.columns) : null;
		const mapping = adapted ?? parsed.suggestion;
		const staged: StagedFile = { key, file, parsed, error, ignored: false, mapping, stageValues: [], remembered: adapted ? remembered : null };
		return { ...staged, stageValues: await this.stageValuesFor(engine, parsed, mapping) };
	}

	private async stageValuesFor(engine: Engine, parsed: ParsedFile, mapping: ImportMapping | null): Promise<StageValue[]> {
		const column = mapping?.columns.stage?.[0];
		if (!mapping || !column) return [];
		const values = column === parsed.stageColumn ? parsed.stageValues : await stageValuesOf(engine, parsed.rawTable, column);
		return stageTargets(values, mapping);
	}

	private update(key: string, change: (file: StagedFile) => StagedFile): void {
		this.staged = this.staged.map((f) => (f.key === key ? change(f) : f));
	}

	private setMapping(key: string, change: (mapping: ImportMapping, file: StagedFile) => ImportMapping): void {
		this.update(key, (f) => {
			if (!f.mapping) return f;
			const mapping = change(f.mapping, f);
			return { ...f, mapping, stageValues: stageTargets(f.stageValues, mapping) };
		});
	}

	/** A kind for the file (its best preset's mapping), `ignore` to set it aside, `auto` to let the pipeline decide. */
	async setKind(key: string, kind: TableKind | 'ignore' | 'auto'): Promise<void> {
		const file = this.staged.find((f) => f.key === key);
		if (!file?.parsed) return;
		if (kind === 'ignore') return this.update(key, (f) => ({ ...f, ignored: true }));
		const mapping = kind === 'auto' ? null : file.mapping?.kind === kind ? file.mapping : mappingForKind(file.parsed, kind);
		await this.replaceMapping(key, mapping);
	}

	async setPreset(key: string, presetId: string): Promise<void> {
		const file = this.staged.find((f) => f.key === key);
		if (!file?.parsed) return;
		await this.replaceMapping(key, mappingForPreset(file.parsed, presetId));
	}

	/** Back to what the pipeline suggested, instead of the remembered mapping. */
	async useSuggestion(key: string): Promise<void> {
		const file = this.staged.find((f) => f.key === key);
		if (!file?.parsed) return;
		await this.replaceMapping(key, file.parsed.suggestion);
	}

	private async replaceMapping(key: string, mapping: ImportMapping | null): Promise<void> {
		const file = this.staged.find((f) => f.key === key);
		if (!file?.parsed) return;
		const parsed = file.parsed;
		const stageValues = (await session.run(`dataset:stages:${key}`, (engine) => this.stageValuesFor(engine, parsed, mapping))) ?? [];
		this.update(key, (f) => ({ ...f, ignored: false, mapping, stageValues, remembered: null }));
	}

	async setField(key: string, field: CanonicalField, column: string | null): Promise<void> {
		const file = this.staged.find((f) => f.key === key);
		if (!file?.parsed || !file.mapping) return;
		const parsed = file.parsed;
		const mapping = withFieldColumn(file.mapping, field, column, parsed.profiles, parsed.columns);
		if (field === 'stage') {
			const stageValues = (await session.run(`dataset:stages:${key}`, (engine) => this.stageValuesFor(engine, parsed, mapping))) ?? [];
			this.update(key, (f) => ({ ...f, mapping, stageValues }));
		} else this.update(key, (f) => ({ ...f, mapping, stageValues: stageTargets(f.stageValues, mapping) }));
	}

	setDateFormat(key: string, column: string, format: string): void {
		this.setMapping(key, (m) => withDateFormat(m, column, format));
	}

	setDecimal(key: string, column: string, decimal: '.' | ','): void {
		this.setMapping(key, (m) => withDecimal(m, column, decimal));
	}

	setStageTarget(key: string, value: string, target: StageTarget): void {
		this.setMapping(key, (m) => withStageTarget(m, value, target));
	}

	setDefaultCurrency(key: string, currency: string): void {
		this.setMapping(key, (m) => withDefaultCurrency(m, currency));
	}

	/** Takes a file out of the review (its raw tables are dropped). */
	async remove(key: string): Promise<void> {
		this.staged = this.staged.filter((f) => f.key !== key);
		if (this.staged.length === 0) this.phase = 'idle';
		await this.dropLeftovers();
	}

	async discard(): Promise<void> {
		this.staged = [];
		this.phase = 'idle';
		this.error = this.notice = null;
		await this.dropLeftovers();
	}

	cancel(): void {
		if (!this.controller) return;
		this.cancelling = true;
		this.controller.abort();
	}

	/** Drops every import table except those of the files in review and the loaded snapshots' rejects. */
	private async dropLeftovers(): Promise<void> {
		const keep = keepTablesOf(
			this.staged.flatMap((f) => (f.parsed ? [f.parsed] : [])),
			dataset.rejectsTables
		);
		await session.run(`dataset:cleanup:${++this.sequence}`, (engine) => dropImportTables(engine, keep));
	}

	/**
	 * Loads the reviewed files as one snapshot: over the earlier snapshots, or in place of the
	 * sample. The confirmed mappings are remembered per header layout first, so a cancelled load
	 * keeps them. A cancelled or failed load restores the data as it was.
	 */
	async load(): Promise<void> {
		if (this.busy || this.readiness.blocked.length > 0) return;
		const staged = this.staged;
		const loading = staged.filter((f) => f.parsed && !f.ignored);
		for (const f of loading) if (f.mapping && f.parsed) this.memory.remember(f.parsed.signature, plain(f.mapping), f.file.name);
		this.phase = 'loading';
		this.error = this.notice = null;
		const controller = (this.controller = new AbortController());
		const tracker = new ProgressTracker(
			loading.map((f) => ({ label: (f.parsed as ParsedFile).file, size: f.file.blob.size })),
			'load'
		);
		this.progress = tracker.view();
		const replacesSample = dataset.source === 'sample';
		try {
			const snapshot = await session.run(`dataset:load:${++this.sequence}`, async (engine) => {
				const guarded = cancellableEngine(engine, controller.signal);
				if (replacesSample) await resetCanonicalTables(guarded);
				const items = loading.map((f) => ({ parsed: f.parsed as ParsedFile, mapping: f.mapping }));
				const loaded = await loadImports(guarded, items, { onProgress: (e) => (this.progress = tracker.update(e)) });
				const resultOf = new Map(loading.map((f, i) => [f.key, loaded[i]]));
				const results = staged.map((f) => resultOf.get(f.key) ?? f.error ?? ignoredResult(f.parsed as ParsedFile));
				const createdAt = Date.now();
				const files: DatasetFile[] = loading
					.filter((f) => {
						const r = resultOf.get(f.key);
						return r !== undefined && r.kind !== null && !r.error;
					})
					.map((f) => ({ name: f.file.name, lastModified: f.file.lastModified, blob: f.file.blob, mapping: f.mapping && plain(f.mapping) }));
				const snapshot: Snapshot = { id: newSnapshotId(createdAt), createdAt, files, results: plain(results.map(summarize)) };
				await dropImportTables(engine, keepTablesOf([], [...dataset.rejectsTables, ...results.map((r) => r.rejectsTable)]));
				await prepareLoadedData(engine);
				dataset.results = { ...dataset.results, [snapshot.id]: results };
				dataset.snapshots = [...dataset.snapshots, snapshot];
				dataset.source = 'snapshots';
				return snapshot;
			});
			if (!snapshot) return;
			try {
				await snapshotStore().add(snapshot);
				// Best-effort storage may be evicted under disk pressure; ask the browser to keep it.
				await navigator.storage?.persist?.().catch(() => false);
			} catch (error) {
				dataset.notice = `This import could not be saved in the browser (${message(error)}): it is loaded now, but will be gone after a reload.`;
			}
			this.staged = [];
			this.lastSnapshot = snapshot.id;
			this.phase = 'done';
			session.ready();
		} catch (error) {
			const cancelled = error instanceof ImportCancelled;
			this.staged = [];
			this.phase = 'idle';
			const restored = await restoreDataset().then(
				() => null,
				(e: unknown) => message(e)
			);
			if (restored !== null) this.error = `The import ${cancelled ? 'was cancelled' : `failed (${message(error)})`}, and the data could not be restored (${restored}): reload the page.`;
			else if (cancelled) this.notice = 'The import was cancelled and the data is as it was. Your mapping choices are remembered: drop the files again to load them.';
			else this.error = `The import failed and the data is as it was: ${message(error)}`;
		} finally {
			this.controller = null;
			this.cancelling = false;
			this.progress = null;
		}
	}

	/** Back to the drop zone after an import (the accounting stays in the snapshot list). */
	startOver(): void {
		this.phase = 'idle';
		this.lastSnapshot = null;
	}
}

export const importFlow = new ImportFlow();
