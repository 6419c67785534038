import type { IcpCriterion, IcpTiers, IcpVersion, Tier } from '../icp/types';
import { formatScalar } from './describeCriterion';

/** One account_fit row: the account's result under one version. */
export interface FitRow {
	version: string;
	score: number;
	tier: Tier;
	matched: string[];
	failed: string[];
}

export interface CriterionOutcome {
	criterion: IcpCriterion;
	/** True when the criterion counts for the account (a must or nice that holds, an exclude that does not). */
	inFavour: boolean;
	/** What the outcome does to the account, e.g. "rules it out", "+50 of 100 points". */
	effect: string;
}

export interface FitExplanation {
	verdict: string;
	outcomes: CriterionOutcome[];
}

const points = (weight: number) => formatScalar(Math.round(weight * 100) / 100);
const quoted = (criteria: IcpCriterion[]) => criteria.map((c) => `“${c.name}”`).join(', ');

function effect(criterion: IcpCriterion, inFavour: boolean, niceTotal: number): string {
	if (criterion.kind === 'must') return inFavour ? 'passes' : 'rules it out';
	if (criterion.kind === 'exclude') return inFavour ? 'not excluded' : 'rules it out';
	const weight = criterion.kind === 'nice' ? criterion.weight : 0;
	return inFavour ? `+${points(weight)} of ${points(niceTotal)} weight` : `0 of ${points(weight)} weight`;
}

/**
 * Why an account has its tier under one version, from its account_fit row: each criterion with
 * whether it counts for or against the account, and a one-line verdict naming the deciding ones.
 */
export function explainFit(version: IcpVersion, fit: FitRow, tiers: IcpTiers): FitExplanation {
	const niceTotal = version.criteria.reduce((sum, c) => sum + (c.kind === 'nice' ? c.weight : 0), 0);
	const outcomes = version.criteria.map((criterion) => {
		const inFavour = fit.matched.includes(criterion.name);
		return { criterion, inFavour, effect: effect(criterion, inFavour, niceTotal) };
	});
	const failedMusts = outcomes.filter((o) => o.criterion.kind === 'must' && !o.inFavour).map((o) => o.criterion);
	const hitExcludes = outcomes.filter((o) => o.criterion.kind === 'exclude' && !o.inFavour).map((o) => o.criterion);
	const score = formatScalar(Math.round(fit.score * 10) / 10);
	let verdict: string;
	if (fit.tier === 'out') {
		const reasons = [];
		if (failedMusts.length > 0) reasons.push(`fails must ${quoted(failedMusts)}`);
		if (hitExcludes.length > 0) reasons.push(`hits exclude ${quoted(hitExcludes)}`);
		verdict = `Out of the ICP: ${reasons.join(' and ')}.`;
	} else {
		const musts = outcomes.filter((o) => o.criterion.kind === 'must').length;
		const passes = musts > 0 ? `Passes all ${musts} must${musts === 1 ? '' : 's'}` : 'Has no must criteria';
		const band =
			fit.tier === 'A' ? `at least ${formatScalar(tiers.A)}` : fit.tier === 'B' ? `at least ${formatScalar(tiers.B)}, below ${formatScalar(tiers.A)}` : `below ${formatScalar(tiers.B)}`;
		const scoreWords = niceTotal > 0 ? `score ${score} (${band})` : `score 100 (no nice criteria)`;
		verdict = `Tier ${fit.tier}${fit.tier === 'C' ? ' (not ICP)' : ''}: ${passes}, no exclude hit, ${scoreWords}.`;
	}
	return { verdict, outcomes };
}
