import { session } from '../app/session.svelte';
import { evaluateDrift, type DriftReport } from '../drift/evaluateDrift';
import type { DriftInputs } from '../drift/inputs';
import { queryDriftInputs } from '../drift/queryDriftInputs';
import { acknowledgeTrigger, emptyReviewLog, parseReviewLog, recordIcpReview, serializeReviewLog, type ReviewLog } from '../drift/reviewLog';
import type { TriggerId } from '../drift/types';
import type { IcpDefinition } from '../icp/types';
import { icpEditor } from '../icp-editor/editorState.svelte';
import { reviewBanner, type ReviewBannerModel } from './reviewBanner';
import {
	mergeReviewLogs,
	readStoredReviewLog,
	removeReviewLogEntry,
	REVIEW_LOG_STORAGE_KEY,
	writeStoredReviewLog,
	type MergedReviewLog
} from './reviewLogStorage';

interface Computed {
	revision: number;
	inputs: DriftInputs;
	definition: IcpDefinition;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The drift report of the data and ICP in use, shared by the banner on every page and the Review
 * page so it is computed once per session revision. The monthly aggregates are queried once per
 * revision; the triggers are re-evaluated in TypeScript when the review log changes (an
 * acknowledgement or a recorded ICP review), without going back to the engine.
 */
class ReviewStatus {
	private computed = $state.raw<Computed | null>(null);
	/** The query failed for this revision. */
	queryError = $state<string | null>(null);
	/** The review log kept in this browser. */
	log = $state.raw<ReviewLog>(emptyReviewLog());
	/** Why the saved log could not be read when the app started (it was set aside, not lost). */
	storageProblem = $state<string | null>(null);
	private requested = 0;
	private logLoaded = false;

	private evaluation = $derived.by((): { report: DriftReport | null; error: string | null } => {
		const computed = this.computed;
		if (!computed) return { report: null, error: null };
		try {
			return { report: evaluateDrift(computed.inputs, { definition: computed.definition, log: this.log }), error: null };
		} catch (error) {
			return { report: null, error: errorText(error) };
		}
	});

	get report(): DriftReport | null {
		return this.evaluation.report;
	}

	get error(): string | null {
		return this.queryError ?? this.evaluation.error;
	}

	/** A newer revision of the data or ICP is being checked; `report` still shows the previous one. */
	get updating(): boolean {
		return session.revision > 0 && this.computed?.revision !== session.revision && this.queryError === null;
	}

	banner: ReviewBannerModel | null = $derived(reviewBanner(this.evaluation.report));

	/**
	 * Call from an effect with session.revision: queries once per revision, in the background so
	 * the page's own panels go first on the one engine. Started on the next tick so the panels
	 * queued in the same render are already waiting.
	 */
	track(revision: number) {
		this.loadLog();
		if (revision === 0 || revision === this.requested) return;
		this.requested = revision;
		setTimeout(() => void this.compute(revision), 0);
	}

	private async compute(revision: number) {
		icpEditor.start();
		const definition = icpEditor.applied;
		try {
			const inputs = await session.background('review', (engine) => queryDriftInputs(engine));
			if (!inputs || revision !== this.requested) return;
			this.computed = { revision, inputs, definition };
			this.queryError = null;
		} catch (error) {
			if (revision === this.requested) this.queryError = errorText(error);
		}
	}

	private loadLog() {
		if (this.logLoaded) return;
		this.logLoaded = true;
		const stored = readStoredReviewLog(localStorage);
		this.log = stored.log;
		this.storageProblem = stored.problem;
		window.addEventListener('storage', (event) => {
			if (event.key === REVIEW_LOG_STORAGE_KEY) this.log = readStoredReviewLog(localStorage).log;
		});
	}

	private save(log: ReviewLog) {
		writeStoredReviewLog(localStorage, log);
		this.log = log;
	}

	/** Records that the user saw `id`'s current episode; throws ReviewLogError when it is at ok. */
	acknowledge(id: TriggerId, note: string) {
		const trigger = this.report?.triggers.find((t) => t.id === id);
		if (!trigger) throw new Error(`No trigger "${id}" in the current report`);
		this.save(acknowledgeTrigger(this.log, trigger, { at: new Date().toISOString(), note }));
	}

	/** Records that the ICP was re-reviewed today, which restarts the staleness clock. */
	recordIcpReview(note: string) {
		const staleness = this.report?.triggers.find((t) => t.kind === 'staleness');
		const icpVersion = staleness?.kind === 'staleness' ? staleness.icpVersion : null;
		this.save(recordIcpReview(this.log, { at: new Date().toISOString(), note, icpVersion }));
	}

	removeEntry(id: string) {
		this.save(removeReviewLogEntry(this.log, id));
	}

	/** Merges an exported log into this one; throws ReviewLogError listing every problem of the file. */
	importLog(text: string): MergedReviewLog {
		const merged = mergeReviewLogs(this.log, parseReviewLog(text));
		this.save(merged.log);
		return merged;
	}

	exportLog(): string {
		return serializeReviewLog(this.log);
	}
}

export const reviewStatus = new ReviewStatus();
