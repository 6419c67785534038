import { isIsoDate, isMonthKey } from './months';
import { TRIGGER_IDS, type TriggerId, type TriggerResult } from './types';

/**
 * The review log: acknowledgements of fired triggers and records that the ICP was re-reviewed.
 * A plain JSON document the user exports and imports; where it is stored is the app's business.
 */
export const REVIEW_LOG_FORMAT = 'icp-pulse-review-log';
export const REVIEW_LOG_VERSION = 1;

interface EntryBase {
	/** Unique within the log. */
	id: string;
	/** When it was recorded: 'YYYY-MM-DD' or an ISO 8601 date-time; its date part is the day it counts from. */
	at: string;
	note: string;
	author?: string;
}

/** "We saw this trigger fire and decided": silences that episode of the trigger up to the status seen. */
export interface TriggerAcknowledgement extends EntryBase {
	kind: 'acknowledge';
	trigger: TriggerId;
	status: 'watch' | 'review';
	/** The episode acknowledged ('YYYY-MM', the trigger's episodeStart); a new episode fires again. */
	episodeStart: string;
	/** The trigger's firstFired when acknowledged, for the record. */
	firstFired: string | null;
}

/** "We re-reviewed the ICP": the staleness clock restarts on this date. */
export interface IcpReviewRecord extends EntryBase {
	kind: 'icp-reviewed';
	/** The version reviewed (kept or newly written); null when not given. */
	icpVersion: string | null;
}

export type ReviewLogEntry = TriggerAcknowledgement | IcpReviewRecord;

export interface ReviewLog {
	format: typeof REVIEW_LOG_FORMAT;
	version: typeof REVIEW_LOG_VERSION;
	entries: ReviewLogEntry[];
}

export interface ReviewLogProblem {
	/** JSON pointer of the offending value. */
	path: string;
	message: string;
}

export class ReviewLogError extends Error {
	constructor(readonly problems: ReviewLogProblem[]) {
		super(`Invalid review log:\n${problems.map((p) => `- ${p.path || '/'}: ${p.message}`).join('\n')}`);
		this.name = 'ReviewLogError';
	}
}

export const emptyReviewLog = (): ReviewLog => ({ format: REVIEW_LOG_FORMAT, version: REVIEW_LOG_VERSION, entries: [] });

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function isLogTimestamp(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const datePart = value.slice(0, 10);
	return value === datePart ? isIsoDate(value) : DATE_TIME.test(value) && isIsoDate(datePart) && !Number.isNaN(Date.parse(value));
}

/** The day an entry counts from. */
export const entryDate = (entry: ReviewLogEntry): string => entry.at.slice(0, 10);

interface NewEntry {
	at: string;
	note: string;
	author?: string;
	/** Defaults to a random UUID. */
	id?: string;
}

function checkNew(log: ReviewLog, entry: NewEntry): string {
	const id = entry.id ?? crypto.randomUUID();
	const problems: ReviewLogProblem[] = [];
	if (!isLogTimestamp(entry.at)) problems.push({ path: '/at', message: `expected a date YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(entry.at)}` });
	if (typeof entry.note !== 'string') problems.push({ path: '/note', message: 'expected text' });
	if (log.entries.some((e) => e.id === id)) problems.push({ path: '/id', message: `the log already has an entry "${id}"` });
	if (problems.length > 0) throw new ReviewLogError(problems);
	return id;
}

const withAuthor = (author: string | undefined) => (author === undefined ? {} : { author });

/** A new log with an acknowledgement of `trigger`'s current episode appended. */
export function acknowledgeTrigger(log: ReviewLog, trigger: Pick<TriggerResult, 'id' | 'status' | 'episodeStart' | 'firstFired'>, entry: NewEntry): ReviewLog {
	if (trigger.status === 'ok' || trigger.episodeStart === null) {
		throw new ReviewLogError([{ path: '/trigger', message: `"${trigger.id}" is at ok: there is nothing to acknowledge` }]);
	}
	const id = checkNew(log, entry);
	const acknowledgement: TriggerAcknowledgement = {
		id,
		kind: 'acknowledge',
		at: entry.at,
		note: entry.note,
		...withAuthor(entry.author),
		trigger: trigger.id,
		status: trigger.status,
		episodeStart: trigger.episodeStart,
		firstFired: trigger.firstFired
	};
	return { ...log, entries: [...log.entries, acknowledgement] };
}

/** A new log recording that the ICP was re-reviewed (which resets the staleness trigger). */
export function recordIcpReview(log: ReviewLog, entry: NewEntry & { icpVersion?: string | null }): ReviewLog {
	const id = checkNew(log, entry);
	const record: IcpReviewRecord = { id, kind: 'icp-reviewed', at: entry.at, note: entry.note, ...withAuthor(entry.author), icpVersion: entry.icpVersion ?? null };
	return { ...log, entries: [...log.entries, record] };
}

/** The latest day the ICP was recorded as re-reviewed, or null. */
export function lastIcpReview(log: ReviewLog | undefined): string | null {
	const dates = (log?.entries ?? []).filter((e) => e.kind === 'icp-reviewed').map(entryDate);
	return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

/** The latest acknowledgement covering the trigger's current episode at its current status, or null. */
export function findAcknowledgement(log: ReviewLog | undefined, trigger: Pick<TriggerResult, 'id' | 'status' | 'episodeStart'>): TriggerAcknowledgement | null {
	if (!log || trigger.status === 'ok') return null;
	const matches = log.entries.filter(
		(e): e is TriggerAcknowledgement =>
			e.kind === 'acknowledge' && e.trigger === trigger.id && e.episodeStart === trigger.episodeStart && (e.status === 'review' || trigger.status === 'watch')
	);
	return matches.at(-1) ?? null;
}

export function serializeReviewLog(log: ReviewLog): string {
	return `${JSON.stringify(validateReviewLog(log), null, '\t')}\n`;
}

/** Parses exported JSON text; throws ReviewLogError listing every problem with its path. */
export function parseReviewLog(text: string): ReviewLog {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw new ReviewLogError([{ path: '', message: `not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
	}
	return validateReviewLog(value);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const ENTRY_KEYS = {
	acknowledge: ['id', 'kind', 'at', 'note', 'author', 'trigger', 'status', 'episodeStart', 'firstFired'],
	'icp-reviewed': ['id', 'kind', 'at', 'note', 'author', 'icpVersion']
} as const;

function validateEntry(value: unknown, path: string, problems: ReviewLogProblem[]): ReviewLogEntry | null {
	if (!isObject(value)) {
		problems.push({ path, message: 'expected an object' });
		return null;
	}
	const start = problems.length;
	const kind = value.kind;
	if (kind !== 'acknowledge' && kind !== 'icp-reviewed') {
		problems.push({ path: `${path}/kind`, message: `expected "acknowledge" or "icp-reviewed", got ${JSON.stringify(kind)}` });
		return null;
	}
	for (const key of Object.keys(value)) {
		if (!(ENTRY_KEYS[kind] as readonly string[]).includes(key)) problems.push({ path: `${path}/${key}`, message: `unknown key for a "${kind}" entry` });
	}
	if (typeof value.id !== 'string' || value.id.trim() === '') problems.push({ path: `${path}/id`, message: 'expected a non-empty text id' });
	if (!isLogTimestamp(value.at)) problems.push({ path: `${path}/at`, message: `expected a date YYYY-MM-DD or an ISO date-time, got ${JSON.stringify(value.at)}` });
	if (typeof value.note !== 'string') problems.push({ path: `${path}/note`, message: 'expected text (may be empty)' });
	if (value.author !== undefined && typeof value.author !== 'string') problems.push({ path: `${path}/author`, message: 'expected text' });
	if (kind === 'acknowledge') {
		if (!(TRIGGER_IDS as readonly unknown[]).includes(value.trigger)) {
			problems.push({ path: `${path}/trigger`, message: `expected one of ${TRIGGER_IDS.join(', ')}, got ${JSON.stringify(value.trigger)}` });
		}
		if (value.status !== 'watch' && value.status !== 'review') problems.push({ path: `${path}/status`, message: `expected "watch" or "review", got ${JSON.stringify(value.status)}` });
		if (!isMonthKey(value.episodeStart)) problems.push({ path: `${path}/episodeStart`, message: `expected a month YYYY-MM, got ${JSON.stringify(value.episodeStart)}` });
		if (value.firstFired !== null && !isMonthKey(value.firstFired)) problems.push({ path: `${path}/firstFired`, message: `expected a month YYYY-MM or null, got ${JSON.stringify(value.firstFired)}` });
	} else if (value.icpVersion !== null && typeof value.icpVersion !== 'string') {
		problems.push({ path: `${path}/icpVersion`, message: `expected text or null, got ${JSON.stringify(value.icpVersion)}` });
	}
	if (problems.length > start) return null;
	const base = { id: value.id as string, at: value.at as string, note: value.note as string, ...withAuthor(value.author as string | undefined) };
	return kind === 'acknowledge'
		? {
				...base,
				kind,
				trigger: value.trigger as TriggerId,
				status: value.status as 'watch' | 'review',
				episodeStart: value.episodeStart as string,
				firstFired: value.firstFired as string | null
			}
		: { ...base, kind, icpVersion: value.icpVersion as string | null };
}

/** Checks an unknown value against the log format; returns a clean copy or throws ReviewLogError. */
export function validateReviewLog(value: unknown): ReviewLog {
	const problems: ReviewLogProblem[] = [];
	if (!isObject(value)) throw new ReviewLogError([{ path: '', message: 'expected a JSON object' }]);
	if (value.format !== REVIEW_LOG_FORMAT) problems.push({ path: '/format', message: `expected "${REVIEW_LOG_FORMAT}", got ${JSON.stringify(value.format)}` });
	if (value.version !== REVIEW_LOG_VERSION) problems.push({ path: '/version', message: `expected ${REVIEW_LOG_VERSION}, got ${JSON.stringify(value.version)}` });
	for (const key of Object.keys(value)) if (!['format', 'version', 'entries'].includes(key)) problems.push({ path: `/${key}`, message: 'unknown key' });
	const entries: ReviewLogEntry[] = [];
	if (!Array.isArray(value.entries)) problems.push({ path: '/entries', message: 'expected an array' });
	else {
		const seen = new Set<string>();
		value.entries.forEach((raw, i) => {
			const entry = validateEntry(raw, `/entries/${i}`, problems);
			if (!entry) return;
			if (seen.has(entry.id)) problems.push({ path: `/entries/${i}/id`, message: `duplicate id "${entry.id}"` });
			seen.add(entry.id);
			entries.push(entry);
		});
	}
	if (problems.length > 0) throw new ReviewLogError(problems);
	return { format: REVIEW_LOG_FORMAT, version: REVIEW_LOG_VERSION, entries };
}
