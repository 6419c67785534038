import { describe, expect, it } from 'vitest';
import { acknowledgeTrigger, emptyReviewLog, recordIcpReview, type ReviewLog } from '../drift/reviewLog';
import { reviewBanner } from './reviewBanner';
import { syntheticReport } from './testReport';

/** Acknowledges every trigger at review in the synthetic report. */
function acknowledgeAll(log: ReviewLog = emptyReviewLog()): ReviewLog {
	return syntheticReport()
		.triggers.filter((t) => t.status === 'review')
		.reduce((l, t) => acknowledgeTrigger(l, t, { at: '2026-01-10', note: `seen ${t.id}` }), log);
}

describe('reviewBanner', () => {
	it('lists the triggers at review that nobody acknowledged', () => {
		const banner = reviewBanner(syntheticReport());
		expect(banner).toMatchObject({ tone: 'due', acknowledged: 0, message: 'ICP review due: 3 triggers are at review.' });
		expect(banner!.due.map((t) => [t.id, t.firstFired])).toEqual([
			['win-rate', '2025-05'],
			['mix-deals', '2025-08'],
			['staleness', '2023-04']
		]);
	});

	it('counts acknowledged triggers apart and quiets down when all are acknowledged', () => {
		const report = syntheticReport();
		const oneAcknowledged = acknowledgeTrigger(emptyReviewLog(), report.triggers.find((t) => t.id === 'win-rate')!, { at: '2026-01-10', note: '' });
		expect(reviewBanner(syntheticReport(oneAcknowledged))).toMatchObject({ tone: 'due', acknowledged: 1, message: 'ICP review due: 2 triggers are at review (1 more acknowledged).' });
		expect(reviewBanner(syntheticReport(acknowledgeAll()))).toMatchObject({ tone: 'acknowledged', due: [], message: '3 triggers are at review, all acknowledged in the review log.' });
	});

	it('drops staleness once the ICP re-review is recorded', () => {
		const reviewed = recordIcpReview(emptyReviewLog(), { at: '2026-02-01', note: 'Kept as is.', icpVersion: null });
		expect(reviewBanner(syntheticReport(reviewed))!.due.map((t) => t.id)).toEqual(['win-rate', 'mix-deals']);
	});

	it('is absent without a report or without triggers at review', () => {
		expect(reviewBanner(null)).toBeNull();
		const report = syntheticReport();
		expect(reviewBanner({ ...report, triggers: report.triggers.filter((t) => t.status !== 'review') })).toBeNull();
	});
});
