import type { AccountColumn } from '../icp/accountColumns';

/** One value of a text or list attribute, in its most common spelling, with the accounts that have it. */
export interface AttributeValue {
	value: string;
	accounts: number;
}

/** What the loaded accounts hold in one column: the basis for suggesting criterion values. */
export type AttributeProfile =
	| {
			kind: 'values';
			column: AccountColumn;
			/** Accounts with at least one (non-missing) value. */
			present: number;
			/** Distinct values as criteria compare them (ignoring case and surrounding spaces). */
			distinct: number;
			/** The most common values, most accounts first. */
			values: AttributeValue[];
	  }
	| {
			kind: 'numbers';
			column: AccountColumn;
			present: number;
			distinct: number;
			/** Quantiles by linear interpolation (DuckDB quantile_cont); null when no account has a number. */
			min: number | null;
			p25: number | null;
			median: number | null;
			p75: number | null;
			max: number | null;
	  }
	| {
			kind: 'dates';
			column: AccountColumn;
			present: number;
			/** YYYY-MM-DD, or null when no account has a date. */
			min: string | null;
			median: string | null;
			max: string | null;
	  }
	| { kind: 'none'; column: AccountColumn; present: number };
