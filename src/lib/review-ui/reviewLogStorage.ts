import { emptyReviewLog, parseReviewLog, ReviewLogError, serializeReviewLog, type ReviewLog, type ReviewLogEntry } from '../drift/reviewLog';

/** Where the browser keeps the review log; the drift module defines its format, not its home. */
export const REVIEW_LOG_STORAGE_KEY = 'icp-pulse:review-log';
/** A saved log that no longer parses is moved here rather than overwritten by the next entry. */
export const UNREADABLE_LOG_STORAGE_KEY = 'icp-pulse:review-log:unreadable';

type LogStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredReviewLog {
	log: ReviewLog;
	/** Why the saved log could not be read (it was set aside under UNREADABLE_LOG_STORAGE_KEY); null when it was fine or absent. */
	problem: string | null;
}

export const describeLogError = (error: unknown): string =>
	error instanceof ReviewLogError ? error.problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ') : error instanceof Error ? error.message : String(error);

/** The log saved in this browser, or an empty one; an unreadable saved log is set aside with the reason. */
export function readStoredReviewLog(storage: LogStorage): StoredReviewLog {
	const text = storage.getItem(REVIEW_LOG_STORAGE_KEY);
	if (text === null) return { log: emptyReviewLog(), problem: null };
	try {
		return { log: parseReviewLog(text), problem: null };
	} catch (error) {
		storage.setItem(UNREADABLE_LOG_STORAGE_KEY, text);
		storage.removeItem(REVIEW_LOG_STORAGE_KEY);
		return { log: emptyReviewLog(), problem: describeLogError(error) };
	}
}

export function writeStoredReviewLog(storage: LogStorage, log: ReviewLog): void {
	storage.setItem(REVIEW_LOG_STORAGE_KEY, serializeReviewLog(log));
}

export interface MergedReviewLog {
	log: ReviewLog;
	/** Entries new to the log. */
	added: number;
	/** Entries the log already had, identical. */
	unchanged: number;
	/** Entries whose id the log already had with other content: the log's version is kept. */
	conflicts: string[];
}

const sameEntry = (a: ReviewLogEntry, b: ReviewLogEntry) => JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());

/**
 * An imported log merged into the current one by entry id, so importing a colleague's export (or
 * one's own again) never loses what this browser recorded. Entries come out in date order.
 */
export function mergeReviewLogs(current: ReviewLog, imported: ReviewLog): MergedReviewLog {
	const byId = new Map(current.entries.map((e) => [e.id, e]));
	const added: ReviewLogEntry[] = [];
	let unchanged = 0;
	const conflicts: string[] = [];
	for (const entry of imported.entries) {
		const existing = byId.get(entry.id);
		if (!existing) added.push(entry);
		else if (sameEntry(existing, entry)) unchanged++;
		else conflicts.push(entry.id);
	}
	const entries = [...current.entries, ...added].map((entry, index) => ({ entry, index }));
	entries.sort((a, b) => (a.entry.at < b.entry.at ? -1 : a.entry.at > b.entry.at ? 1 : a.index - b.index));
	return { log: { ...current, entries: entries.map((e) => e.entry) }, added: added.length, unchanged, conflicts };
}

export function removeReviewLogEntry(log: ReviewLog, id: string): ReviewLog {
	return { ...log, entries: log.entries.filter((e) => e.id !== id) };
}

/** "icp-pulse-review-log-2026-03-01.json" for an export made on that day. */
export const reviewLogFileName = (day: string): string => `icp-pulse-review-log-${day}.json`;
