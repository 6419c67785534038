import type { BrowserEngine } from '../db/browser';
import type { Engine } from '../db/engine';
import { queryFilterOptions, type FilterOptions } from './filterOptions';
import { SerialTasks } from './serialTasks';

export type LoadPhase = 'starting' | 'loading' | 'preparing' | 'ready' | 'error';

export interface LoadProgress {
	label: string;
	/** 0..1, or null while the size is unknown. */
	fraction: number | null;
	detail: string;
}

/**
 * The app's one connection to its data: the engine, where loading stands, and a revision that
 * every panel depends on so it recomputes when the data or the ICP definition changes.
 */
class Session {
	phase = $state<LoadPhase>('starting');
	progress = $state<LoadProgress>({ label: 'Starting the engine', fraction: null, detail: '' });
	error = $state<string | null>(null);
	revision = $state(0);
	readonly tasks = new SerialTasks();
	private engine: BrowserEngine | null = null;
	private options: { revision: number; read: Promise<FilterOptions> } | null = null;

	attach(engine: BrowserEngine) {
		this.engine = engine;
	}

	report(phase: LoadPhase, progress: LoadProgress) {
		this.phase = phase;
		this.progress = progress;
	}

	fail(error: unknown) {
		this.phase = 'error';
		this.error = error instanceof Error ? error.message : String(error);
	}

	ready() {
		performance.mark('pulse:data-ready');
		this.phase = 'ready';
		this.revision++;
	}

	/** The data or the ICP changed under a running app: every panel recomputes. */
	refresh() {
		this.revision++;
	}

	/** The filter bar's choices depend only on the data: read once per revision, inside a task. */
	filterOptions(engine: Engine): Promise<FilterOptions> {
		if (this.options?.revision !== this.revision) this.options = { revision: this.revision, read: queryFilterOptions(engine) };
		return this.options.read;
	}

	/**
	 * Work nobody waits for (the review banner's checks): each of its queries runs in a gap between
	 * `run` tasks, so a filter change waits for one query at most. It must only read what `run`
	 * tasks replace whole (data, classification), never the report filter. A newer call with the
	 * same key stops it.
	 */
	background<T>(key: string, task: (engine: Engine) => Promise<T>): Promise<T | undefined> {
		const engine = this.engine;
		if (!engine) return Promise.reject(new Error('The data engine is not started'));
		return this.tasks.background(key, (step) =>
			task({
				...engine,
				query: (sql, params) => step(() => engine.query(sql, params)),
				exec: (sql) => step(() => engine.exec(sql))
			})
		);
	}

	/** Runs `task` on the engine after every earlier task; a newer call with the same key supersedes it. */
	run<T>(key: string, task: (engine: BrowserEngine) => Promise<T>): Promise<T | undefined> {
		const engine = this.engine;
		if (!engine) return Promise.reject(new Error('The data engine is not started'));
		return this.tasks.run(key, () => task(engine));
	}
}

export const session = new Session();
