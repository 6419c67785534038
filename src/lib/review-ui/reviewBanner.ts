import type { DriftReport } from '../drift/evaluateDrift';
import type { TriggerId } from '../drift/types';

export interface BannerTrigger {
	id: TriggerId;
	title: string;
	firstFired: string | null;
}

export interface ReviewBannerModel {
	/** due: some trigger at review is not acknowledged; acknowledged: every one at review is. */
	tone: 'due' | 'acknowledged';
	/** The triggers at review that nobody has acknowledged yet. */
	due: BannerTrigger[];
	/** How many triggers at review are acknowledged in the review log. */
	acknowledged: number;
	message: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the banner on every page says; null when no trigger is at review. */
export function reviewBanner(report: DriftReport | null): ReviewBannerModel | null {
	const atReview = report?.triggers.filter((t) => t.status === 'review') ?? [];
	if (atReview.length === 0) return null;
	const due = atReview.filter((t) => t.acknowledgement === null).map(({ id, title, firstFired }) => ({ id, title, firstFired }));
	const acknowledged = atReview.length - due.length;
	if (due.length === 0) {
		return { tone: 'acknowledged', due, acknowledged, message: `${plural(acknowledged, 'trigger is', 'triggers are')} at review, all acknowledged in the review log.` };
	}
	const also = acknowledged > 0 ? ` (${acknowledged} more acknowledged)` : '';
	return { tone: 'due', due, acknowledged, message: `ICP review due: ${plural(due.length, 'trigger is', 'triggers are')} at review${also}.` };
}
