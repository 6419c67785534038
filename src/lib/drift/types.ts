/** What the drift triggers return: one result per trigger, with a month-by-month series for charts. */

export const TRIGGER_STATUSES = ['ok', 'watch', 'review'] as const;
export type TriggerStatus = (typeof TRIGGER_STATUSES)[number];

export const TRIGGER_IDS = [
	'win-rate',
	'cycle-length',
	'retention',
	'cltv',
	'campaign-conversion',
	'mix-deals',
	'mix-leads',
	'mix-industry',
	'mix-size',
	'mix-region',
	'staleness'
] as const;
export type TriggerId = (typeof TRIGGER_IDS)[number];

export const statusRank = (status: TriggerStatus): number => TRIGGER_STATUSES.indexOf(status);

export const worstStatus = (statuses: readonly TriggerStatus[]): TriggerStatus =>
	statuses.reduce<TriggerStatus>((worst, s) => (statusRank(s) > statusRank(worst) ? s : worst), 'ok');

/** One number of a trigger's evidence, for the trigger table. */
export interface EvidenceItem {
	label: string;
	value: number | null;
	/** share = a fraction shown as %, points = a difference of fractions shown in percentage points. */
	unit: 'share' | 'points' | 'days' | 'ratio' | 'count' | 'money' | 'psi' | 'chiSquare' | 'p' | 'cusum' | 'date';
	/** For unit 'date': the ISO date or month. */
	text?: string;
}

export interface MonthSpan {
	from: string;
	to: string;
}

interface TriggerResultBase {
	id: TriggerId;
	title: string;
	/** Status in `month`, the latest month the trigger could be evaluated in (ok when it never could). */
	status: TriggerStatus;
	month: string | null;
	/**
	 * The month the current status was first reached in the current episode (the trailing run of
	 * months not at ok); null when the status is ok.
	 */
	firstFired: string | null;
	/** First month of the current episode: what an acknowledgement in the review log refers to. */
	episodeStart: string | null;
	/** At least one month had enough data to be evaluated. */
	sufficient: boolean;
	evidence: EvidenceItem[];
	/** One plain-language paragraph: what was measured, what it means, what to do. */
	explanation: string;
}

export interface GroupMeasure {
	/** The group's value in the window (win rate, median days, retention, CLTV, conversion); null without data. */
	value: number | null;
	/** Its sample size (closed deals, won deals, customers, churn events, leads). */
	n: number;
}

export interface AdvantagePoint {
	/** Last month of the window. */
	month: string;
	status: TriggerStatus;
	/** Both groups reached the minimum sample: the floor (watch) rule applies. */
	evaluated: boolean;
	/** The window can tell the reference advantage from noise: the interval (review) rule applies. */
	resolved: boolean;
	icp: GroupMeasure;
	nonIcp: GroupMeasure;
	/** ICP minus non-ICP (for CLTV: ICP ÷ non-ICP); null without data in a group. */
	advantage: number | null;
	low: number | null;
	high: number | null;
	/** The reference interval's lower bound (distance from parity) over this window's standard error. */
	resolution: number | null;
	/** Win rate only: the CUSUM of the standardized monthly shortfall after the reference window. */
	cusum: number | null;
	/** Which rule set the status; null at ok. */
	reason: AdvantageReason | null;
}

/** floor: below the watch floor; interval: no advantage within the interval for k months; cusum: CUSUM above h. */
export type AdvantageReason = 'floor' | 'interval' | 'cusum' | 'interval+cusum';

export interface AdvantageTriggerResult extends TriggerResultBase {
	kind: 'advantage';
	/** share/points for rates, days for cycles, ratio for CLTV. */
	unit: 'points' | 'days' | 'ratio';
	/** The advantage value meaning "no advantage": 0, or 1 for the CLTV ratio. */
	parity: number;
	/** Watch below this advantage. */
	floor: number;
	windowMonths: number;
	reference: MonthSpan & { advantage: number | null; icp: GroupMeasure; nonIcp: GroupMeasure };
	series: AdvantagePoint[];
}

export type MixSource = 'deals' | 'leads';
export type MixDimension = 'tier' | 'industry' | 'size' | 'region';

export interface MixPoint {
	month: string;
	status: TriggerStatus;
	evaluated: boolean;
	/** Count per bin in the window, in the order of `bins`. */
	counts: number[];
	n: number;
	/** Share of ICP (tiers A and B) in the window; null for attribute mixes. */
	icpShare: number | null;
	/** PSI over the bins used for the test (sparse bins merged). */
	psi: number | null;
	/** Pearson's X² before the dispersion scaling, its degrees of freedom and the scaled test's p-value. */
	chiSquare: number | null;
	df: number | null;
	p: number | null;
	reason: MixReason | null;
}

/** shift: a significant, material shift this month; sustained: for k months; major: PSI above the review band. */
export type MixReason = 'shift' | 'sustained' | 'major';

export interface MixTriggerResult extends TriggerResultBase {
	kind: 'mix';
	source: MixSource;
	dimension: MixDimension;
	/** At most `maxBins` bins: fixed for tiers and size bands, the largest reference categories plus 'other' otherwise. */
	bins: string[];
	windowMonths: number;
	/** The reference months' overdispersion (≥ 1): the chi-square is divided by it before the test. */
	dispersion: number;
	reference: MonthSpan & { counts: number[]; n: number; icpShare: number | null };
	series: MixPoint[];
}

export interface StalenessPoint {
	month: string;
	status: TriggerStatus;
	/** Days from the last review (or the version's effectiveFrom) to the month's last day. */
	ageDays: number;
	icpVersion: string | null;
}

export interface StalenessTriggerResult extends TriggerResultBase {
	kind: 'staleness';
	asOf: string;
	icpVersion: string | null;
	effectiveFrom: string | null;
	lastReviewed: string | null;
	/** effectiveFrom or the last recorded review, whichever is later. */
	reviewedOrEffective: string | null;
	dueDate: string | null;
	ageDays: number | null;
	cadenceMonths: number;
	series: StalenessPoint[];
}

export type TriggerResult = AdvantageTriggerResult | MixTriggerResult | StalenessTriggerResult;
