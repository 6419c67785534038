import { ICP_COLOR, NON_ICP_COLOR } from './winRateByMonthOption';

export { ICP_COLOR, NON_ICP_COLOR };
/** Accounts missing from the account table: neither ICP nor non-ICP. */
export const UNKNOWN_COLOR = '#8a94a3';
