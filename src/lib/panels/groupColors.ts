export const ICP_COLOR = '#1f77b4';
export const NON_ICP_COLOR = '#d9822b';
/** Accounts missing from the account table: neither ICP nor non-ICP. */
export const UNKNOWN_COLOR = '#8a94a3';
