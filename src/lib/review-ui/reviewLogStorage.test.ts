import { describe, expect, it } from 'vitest';
import { acknowledgeTrigger, emptyReviewLog, recordIcpReview, serializeReviewLog, type ReviewLog } from '../drift/reviewLog';
import {
	mergeReviewLogs,
	readStoredReviewLog,
	removeReviewLogEntry,
	REVIEW_LOG_STORAGE_KEY,
	reviewLogFileName,
	UNREADABLE_LOG_STORAGE_KEY,
	writeStoredReviewLog
} from './reviewLogStorage';

function memoryStorage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key)
	};
}

const winRate = { id: 'win-rate' as const, status: 'review' as const, episodeStart: '2025-08', firstFired: '2025-09' };

function sampleLog(): ReviewLog {
	const acknowledged = acknowledgeTrigger(emptyReviewLog(), winRate, { id: 'ack-1', at: '2026-01-10T09:30:00Z', note: 'Competitor cut prices; watching Q1.' });
	return recordIcpReview(acknowledged, { id: 'rev-1', at: '2026-01-12', note: 'Kept version 2.', icpVersion: '2' });
}

describe('review log in browser storage', () => {
	it('starts empty when nothing is saved', () => {
		expect(readStoredReviewLog(memoryStorage())).toEqual({ log: emptyReviewLog(), problem: null });
	});

	it('reads back exactly what it wrote', () => {
		const storage = memoryStorage();
		writeStoredReviewLog(storage, sampleLog());
		expect(storage.items.get(REVIEW_LOG_STORAGE_KEY)).toBe(serializeReviewLog(sampleLog()));
		expect(readStoredReviewLog(storage)).toEqual({ log: sampleLog(), problem: null });
	});

	it('sets an unreadable saved log aside with the reason instead of overwriting it later', () => {
		const broken = JSON.stringify({ format: 'icp-pulse-review-log', version: 1, entries: [{ kind: 'acknowledge', id: 'x', at: 'yesterday', note: '' }] });
		const storage = memoryStorage({ [REVIEW_LOG_STORAGE_KEY]: broken });
		const { log, problem } = readStoredReviewLog(storage);
		expect(log).toEqual(emptyReviewLog());
		expect(problem).toMatch(/\/entries\/0\/at: expected a date/);
		expect(problem).toMatch(/\/entries\/0\/trigger/);
		expect(storage.items.get(UNREADABLE_LOG_STORAGE_KEY)).toBe(broken);
		expect(storage.items.has(REVIEW_LOG_STORAGE_KEY)).toBe(false);
	});
});

describe('mergeReviewLogs', () => {
	it('adds new entries in date order, keeps identical ones once and reports conflicting ids', () => {
		const current = sampleLog();
		const colleague = recordIcpReview(emptyReviewLog(), { id: 'rev-0', at: '2025-12-01', note: 'Quarterly review.', icpVersion: '2' });
		const imported: ReviewLog = {
			...colleague,
			entries: [...colleague.entries, current.entries[0], { ...current.entries[1], note: 'Changed the weights.' }]
		};
		const merged = mergeReviewLogs(current, imported);
		expect(merged.log.entries.map((e) => e.id)).toEqual(['rev-0', 'ack-1', 'rev-1']);
		expect(merged.log.entries[2].note).toBe('Kept version 2.');
		expect({ added: merged.added, unchanged: merged.unchanged, conflicts: merged.conflicts }).toEqual({ added: 1, unchanged: 1, conflicts: ['rev-1'] });
	});

	it('leaves the log as it was when the same export is imported twice', () => {
		const once = mergeReviewLogs(emptyReviewLog(), sampleLog());
		const twice = mergeReviewLogs(once.log, sampleLog());
		expect(twice).toEqual({ log: sampleLog(), added: 0, unchanged: 2, conflicts: [] });
	});
});

describe('removeReviewLogEntry and reviewLogFileName', () => {
	it('drops one entry by id', () => {
		expect(removeReviewLogEntry(sampleLog(), 'ack-1').entries.map((e) => e.id)).toEqual(['rev-1']);
	});

	it('names the export by its day', () => {
		expect(reviewLogFileName('2026-03-01')).toBe('icp-pulse-review-log-2026-03-01.json');
	});
});
