import type { StageTarget } from './types';

const LOST = new Set(['lost', 'lose', 'loss', 'dead', 'disqualified', 'rejected', 'cancelled', 'canceled', 'churned', 'declined', 'closedlost']);
const WON = new Set(['won', 'win', 'closedwon', 'booked', 'signed']);

/** The key stage values are stored under in a mapping: trimmed and lower-cased. */
export function stageKey(value: string): string {
	return value.trim().toLowerCase();
}

/**
 * Default reading of a stage or status value: "Closed Won", "closedwon", "Won" → won; "Lost",
 * "Closed Lost", "Closed - Disqualified" → lost; Pipedrive's "deleted" → skip; every other pipeline
 * stage → open. Users correct the rest in the mapping.
 */
export function classifyStage(value: string): StageTarget {
	const words = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
	const joined = words.join('');
	if (words.includes('deleted')) return 'skip';
	if (words.some((w) => LOST.has(w)) || joined.includes('closedlost') || joined === 'closednodecision') return 'lost';
	if (words.some((w) => WON.has(w)) || joined.includes('closedwon')) return 'won';
	return 'open';
}
