import type { Engine } from '../db/engine';
import { tableRows, type Row } from '../db/rows';
import accountAttributesSql from '../sql/icp-editor/account_attributes.sql?raw';
import accountFitRowsSql from '../sql/icp-editor/account_fit_rows.sql?raw';
import accountSearchSql from '../sql/icp-editor/account_search.sql?raw';
import type { FitRow } from './explainFit';

export interface AccountMatch {
	account_id: string;
	name: string | null;
}

/** A LIKE pattern matching `text` anywhere: %, _ and the escape character itself match literally. */
export function containsPattern(text: string): string {
	return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Up to 20 accounts whose name or id contains `text`, ignoring case (account_search.sql). */
export async function searchAccounts(engine: Engine, text: string): Promise<AccountMatch[]> {
	const trimmed = text.trim();
	if (trimmed === '') return [];
	return tableRows<AccountMatch & Row>(await engine.query(accountSearchSql, [containsPattern(trimmed)]));
}

export interface AccountDetails {
	/** The account's columns as tableRows gives them (dates as epoch ms, lists as arrays). */
	attributes: Row;
	/** Its account_fit row under each version, in definition order. */
	fits: FitRow[];
}

/** The account's attributes and its fit under every version; null when no account has this id. */
export async function queryAccountDetails(engine: Engine, accountId: string): Promise<AccountDetails | null> {
	const [attributes] = tableRows(await engine.query(accountAttributesSql, [accountId]));
	if (!attributes) return null;
	const fits = tableRows<FitRow & Row>(await engine.query(accountFitRowsSql, [accountId]));
	return { attributes, fits };
}
