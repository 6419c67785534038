import { describe, expect, it } from 'vitest';
import {
	acknowledgeTrigger,
	emptyReviewLog,
	findAcknowledgement,
	lastIcpReview,
	parseReviewLog,
	recordIcpReview,
	ReviewLogError,
	serializeReviewLog,
	validateReviewLog
} from './reviewLog';

const fired = { id: 'win-rate' as const, status: 'review' as const, episodeStart: '2025-08', firstFired: '2025-09' };

describe('review log', () => {
	it('records acknowledgements and ICP reviews and survives export and import unchanged', () => {
		let log = emptyReviewLog();
		log = acknowledgeTrigger(log, fired, { at: '2026-01-05T09:30:00Z', note: 'Known: competitor price cut in EMEA', author: 'Ana', id: 'a1' });
		log = recordIcpReview(log, { at: '2026-01-20', note: 'Kept v2, added Series A', icpVersion: '2', id: 'r1' });
		const text = serializeReviewLog(log);
		expect(parseReviewLog(text)).toEqual(log);
		expect(JSON.parse(text)).toMatchObject({ format: 'icp-pulse-review-log', version: 1 });
		expect(log.entries[0]).toEqual({
			id: 'a1',
			kind: 'acknowledge',
			at: '2026-01-05T09:30:00Z',
			note: 'Known: competitor price cut in EMEA',
			author: 'Ana',
			trigger: 'win-rate',
			status: 'review',
			episodeStart: '2025-08',
			firstFired: '2025-09'
		});
		expect(lastIcpReview(log)).toBe('2026-01-20');
	});

	it('covers only the acknowledged episode, up to the status that was acknowledged', () => {
		const watchAck = acknowledgeTrigger(emptyReviewLog(), { ...fired, status: 'watch' }, { at: '2026-01-05', note: '', id: 'w' });
		expect(findAcknowledgement(watchAck, { ...fired, status: 'watch' })?.id).toBe('w');
		expect(findAcknowledgement(watchAck, fired)).toBeNull();
		const reviewAck = acknowledgeTrigger(emptyReviewLog(), fired, { at: '2026-01-05', note: '', id: 'r' });
		expect(findAcknowledgement(reviewAck, { ...fired, status: 'watch' })?.id).toBe('r');
		expect(findAcknowledgement(reviewAck, { ...fired, episodeStart: '2026-03' })).toBeNull();
		expect(findAcknowledgement(reviewAck, { ...fired, id: 'mix-deals' })).toBeNull();
	});

	it('refuses to acknowledge a trigger at ok, or to reuse an id', () => {
		expect(() => acknowledgeTrigger(emptyReviewLog(), { ...fired, status: 'ok', episodeStart: null }, { at: '2026-01-05', note: '' })).toThrow(/nothing to acknowledge/);
		const log = recordIcpReview(emptyReviewLog(), { at: '2026-01-05', note: '', id: 'x' });
		expect(() => recordIcpReview(log, { at: '2026-01-06', note: '', id: 'x' })).toThrow(ReviewLogError);
		expect(() => recordIcpReview(log, { at: '5 Jan 2026', note: '' })).toThrow(/\/at: expected a date/);
	});

	it('names every problem of an imported log with its JSON path', () => {
		const bad = {
			format: 'icp-pulse-review-log',
			version: 2,
			entries: [
				{ id: 'a', kind: 'acknowledge', at: '2026-02-30', note: 'x', trigger: 'win rate', status: 'ok', episodeStart: '2025-8', firstFired: null },
				{ id: 'a', kind: 'icp-reviewed', at: '2026-01-01', note: 'fine', icpVersion: '2' },
				{ id: 'a', kind: 'icp-reviewed', at: '2026-01-02', note: 'dup', icpVersion: 2, extra: true },
				{ kind: 'snooze' }
			],
			comment: 'hi'
		};
		try {
			validateReviewLog(bad);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ReviewLogError);
			const paths = (error as ReviewLogError).problems.map((p) => p.path);
			expect(paths).toEqual([
				'/version',
				'/comment',
				'/entries/0/at',
				'/entries/0/trigger',
				'/entries/0/status',
				'/entries/0/episodeStart',
				'/entries/2/extra',
				'/entries/2/icpVersion',
				'/entries/3/kind'
			]);
		}
		expect(() => parseReviewLog('{"format": ')).toThrow(/not valid JSON/);
	});

	it('generates unique ids when none is given', () => {
		let log = emptyReviewLog();
		log = recordIcpReview(log, { at: '2026-01-01', note: 'a' });
		log = recordIcpReview(log, { at: '2026-01-01', note: 'b' });
		expect(new Set(log.entries.map((e) => e.id)).size).toBe(2);
	});
});
