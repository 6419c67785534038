import type { ImportProgress } from '../import/index';

export interface ProgressFile {
	/** The label the pipeline reports the file under (its original name). */
	label: string;
	size: number;
}

export interface ProgressView {
	/** 0..1 over all files, weighted by size. */
	fraction: number;
	/** Bytes of the files whose scan (reading) or load has finished. */
	bytesDone: number;
	bytesTotal: number;
	/** Rows read (reading) or loaded (loading) so far, over all files. */
	rows: number;
	/** What is happening now: "Reading deals.csv". */
	activity: string;
}

/** Reading for review, loading reviewed files, or both at once (a snapshot loaded again after a reload). */
export type ProgressStep = 'read' | 'load' | 'rebuild';

/** Where a file's scan ends: reading it is most of the work, profiling its columns the rest. */
const SCANNED = 0.8;
/** In a rebuild, reading takes this share of a file's work and loading the rest. */
const REBUILD_READ = 0.6;
const READ_PHASES: ReadonlySet<ImportProgress['phase']> = new Set(['sniff', 'read', 'profile']);

function readShare(event: ImportProgress, size: number): number {
	if (event.phase === 'read') return event.bytes !== undefined && event.bytes >= size ? SCANNED : 0.05;
	return event.phase === 'profile' ? 0.85 : 0;
}

const loadShare = (event: ImportProgress) => (event.phase === 'commit' ? 0.6 : event.phase === 'convert' ? 0.1 : 0);

/**
 * How far into its work a file is at a pipeline event. The pipeline reports phases, not bytes within
 * a scan, so the bar moves when a file's scan or load step finishes.
 */
function shareAt(step: ProgressStep, event: ImportProgress, size: number): number {
	if (event.phase === 'done') return 1;
	const reading = READ_PHASES.has(event.phase);
	if (step === 'read') return reading ? readShare(event, size) : 0;
	if (step === 'load') return reading ? 0 : loadShare(event);
	return reading ? REBUILD_READ * readShare(event, size) : REBUILD_READ + (1 - REBUILD_READ) * loadShare(event);
}

const WORDS: Record<ImportProgress['phase'], string> = {
	sniff: 'Detecting the format of',
	read: 'Reading',
	profile: 'Profiling the columns of',
	convert: 'Converting',
	commit: 'Writing the rows of',
	done: 'Finished'
};

/** Turns the pipeline's per-file events into one progress bar with bytes and rows. */
export class ProgressTracker {
	private readonly share = new Map<string, number>();
	private readonly rows = new Map<string, number>();
	private activity = '';

	constructor(
		private readonly files: readonly ProgressFile[],
		private readonly step: ProgressStep
	) {}

	update(event: ImportProgress): ProgressView {
		const index = this.files.findIndex((f) => f.label === event.file);
		// Files are read one after another: when one starts, the ones before it are read.
		if (this.step !== 'load' && event.phase === 'sniff') {
			const read = this.step === 'read' ? 1 : REBUILD_READ;
			for (const f of this.files.slice(0, Math.max(index, 0))) this.share.set(f.label, Math.max(read, this.share.get(f.label) ?? 0));
		}
		const size = index >= 0 ? this.files[index].size : 0;
		this.share.set(event.file, Math.max(shareAt(this.step, event, size), this.share.get(event.file) ?? 0));
		if (event.rows !== undefined) this.rows.set(event.file, event.rows);
		this.activity = `${WORDS[event.phase]} ${event.file}`;
		return this.view();
	}

	view(): ProgressView {
		const total = this.files.reduce((sum, f) => sum + f.size, 0);
		const finished = this.step === 'read' ? SCANNED : 1;
		let weighted = 0;
		let bytesDone = 0;
		for (const f of this.files) {
			const share = this.share.get(f.label) ?? 0;
			weighted += f.size * share;
			if (share >= finished) bytesDone += f.size;
		}
		return {
			fraction: total === 0 ? 0 : weighted / total,
			bytesDone,
			bytesTotal: total,
			rows: [...this.rows.values()].reduce((sum, n) => sum + n, 0),
			activity: this.activity
		};
	}
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1_048_576) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1_073_741_824) return `${(bytes / 1_048_576).toFixed(1)} MB`;
	return `${(bytes / 1_073_741_824).toFixed(2)} GB`;
}
