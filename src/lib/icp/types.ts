/** The ICP definition format (docs/icp-format.md, icp.schema.json) as TypeScript types. */

export const ICP_OPS = ['in', 'notIn', 'eq', 'between', 'gte', 'lte', 'contains', 'isNull', 'notNull'] as const;
export type IcpOp = (typeof ICP_OPS)[number];

export const ICP_KINDS = ['must', 'nice', 'exclude'] as const;
export type CriterionKind = (typeof ICP_KINDS)[number];

export const TIERS = ['A', 'B', 'C', 'out'] as const;
export type Tier = (typeof TIERS)[number];
/** What the classified views add for rows whose account cannot be scored. */
export type ClassifiedTier = Tier | 'unknown' | 'no account';

export const DEFAULT_TIERS: IcpTiers = { A: 70, B: 40 };

export type Scalar = string | number | boolean;
/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** Minimum scores (0–100) for tiers A and B; a passing account below B is tier C. A > B. */
export interface IcpTiers {
	A: number;
	B: number;
}

export type CriterionCondition =
	| { op: 'in' | 'notIn'; value: Scalar[] }
	| { op: 'eq'; value: Scalar }
	| { op: 'between'; value: [number, number] | [IsoDate, IsoDate] }
	| { op: 'gte' | 'lte'; value: number | IsoDate }
	| { op: 'contains'; value: string[] }
	| { op: 'isNull' | 'notNull' };

export type CriterionRole = { kind: 'nice'; weight: number } | { kind: 'must' | 'exclude' };

export type IcpCriterion = { name: string; field: string } & CriterionCondition & CriterionRole;

export interface IcpVersion {
	version: string;
	effectiveFrom: IsoDate;
	criteria: IcpCriterion[];
}

/** A parsed definition: defaults applied (tiers, nice weight 1), versions oldest first. */
export interface IcpDefinition {
	name: string;
	description?: string;
	tiers: IcpTiers;
	versions: IcpVersion[];
}

/** One row of account_fit, and what the reference evaluator returns. */
export interface AccountFit {
	score: number;
	tier: Tier;
	isIcp: boolean;
	/** Criteria that count for the account: a must or nice that holds, an exclude that does not. */
	matched: string[];
	/** Criteria that count against it: a must or nice that does not hold, an exclude that does. */
	failed: string[];
}

/** A problem with a definition: where it is (JSON pointer) and which criterion, in words. */
export interface IcpError {
	path: string;
	version?: string;
	criterion?: string;
	message: string;
}

export class IcpDefinitionError extends Error {
	readonly errors: IcpError[];
	constructor(errors: IcpError[]) {
		super(`Invalid ICP definition:\n${errors.map((e) => `- ${e.message}`).join('\n')}`);
		this.name = 'IcpDefinitionError';
		this.errors = errors;
	}
}
