/**
 * Freireich et al. (1963) Blood 21:699–716, remission times in weeks of 42 leukemia patients, the
 * worked example of Kleinbaum & Klein, "Survival Analysis: A Self-Learning Text" (3rd ed. 2012,
 * ch. 2) and of Klein & Moeschberger, "Survival Analysis" (2nd ed. 2003, Table 1.1 / Example 4.1).
 * Test data only.
 */
export const sixMpTimes = [6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35];
/** true = relapse, false = censored (still in remission). */
export const sixMpRelapsed = [true, true, true, false, true, false, true, false, false, true, true, false, false, false, true, true, false, false, false, false, false];
/** Placebo group: every patient relapsed. */
export const placeboTimes = [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23];
