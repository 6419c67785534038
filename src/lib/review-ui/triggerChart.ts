import type { ChartState } from '../charts/Chart.svelte';
import type { DriftSettings } from '../drift/settings';
import type { TriggerResult } from '../drift/types';
import type { CsvValue } from '../export/toCsv';
import { advantageTriggerOption } from './advantageTriggerOption';
import { mixTriggerOption } from './mixTriggerOption';
import { stalenessTriggerOption } from './stalenessTriggerOption';

/** The trigger's chart, or why there is none: a trigger never evaluated has nothing to draw. */
export function triggerChartState(trigger: TriggerResult, settings: DriftSettings): ChartState {
	if (!trigger.sufficient) return { kind: 'insufficient', message: trigger.explanation };
	switch (trigger.kind) {
		case 'advantage':
			return { kind: 'ready', option: advantageTriggerOption(trigger, settings) };
		case 'mix':
			return { kind: 'ready', option: mixTriggerOption(trigger, settings) };
		case 'staleness':
			return { kind: 'ready', option: stalenessTriggerOption(trigger, settings) };
	}
}

/** Charts with a second panel (the win rate's CUSUM, a tier mix's ICP share) get more room. */
export function triggerChartHeight(trigger: TriggerResult): string {
	const twoPanels = (trigger.kind === 'advantage' && trigger.id === 'win-rate') || (trigger.kind === 'mix' && trigger.reference.icpShare !== null);
	return twoPanels ? '400px' : '280px';
}

const windowText = (months: number) => (months === 1 ? 'each month' : `${months}-month rolling windows`);

/** What the chart shows and by which rule its colours were set. */
export function triggerChartCaption(trigger: TriggerResult, settings: DriftSettings): string {
	const confidence = `${Math.round(settings.confidence * 100)}%`;
	const k = settings.consecutiveMonths;
	switch (trigger.kind) {
		case 'advantage':
			return (
				`ICP advantage over ${windowText(trigger.windowMonths)} (month = the window's last), band = ${confidence} interval. ` +
				`Watch when the advantage is below the floor; review when the interval reaches "no advantage" ${k} months in a row` +
				(trigger.id === 'win-rate' ? ` or the CUSUM of monthly shortfalls passes ${settings.winRate.cusumH}.` : '.') +
				` Reference months ${trigger.reference.from} to ${trigger.reference.to}; shaded months were at watch or review.`
			);
		case 'mix':
			return (
				`PSI of the ${windowText(trigger.windowMonths)} mix against the reference months ${trigger.reference.from} to ${trigger.reference.to}. ` +
				`A month counts when the chi-square test is significant (p < ${settings.mix.alpha}) and the shift is material; ` +
				`review when it lasts ${k} months or PSI reaches ${settings.mix.psiReview}. Shaded months were at watch or review.`
			);
		case 'staleness':
			return `Days since the ICP in force took effect or was last recorded as reviewed, at each month's end. Reviews are due every ${trigger.cadenceMonths} months; recording a re-review restarts the count.`;
	}
}

/** The chart's numbers for its CSV export: one row per month. */
export function triggerSeriesTable(trigger: TriggerResult): { columns: string[]; rows: CsvValue[][] } {
	switch (trigger.kind) {
		case 'advantage':
			return {
				columns: ['month', 'status', 'reason', 'evaluated', 'icp_value', 'icp_n', 'non_icp_value', 'non_icp_n', 'advantage', 'low', 'high', 'cusum'],
				rows: trigger.series.map((p) => [p.month, p.status, p.reason, p.evaluated, p.icp.value, p.icp.n, p.nonIcp.value, p.nonIcp.n, p.advantage, p.low, p.high, p.cusum])
			};
		case 'mix':
			return {
				columns: ['month', 'status', 'reason', 'evaluated', 'n', 'psi', 'chi_square', 'df', 'p', 'icp_share', ...trigger.bins.map((b) => `n_${b}`)],
				rows: trigger.series.map((p) => [p.month, p.status, p.reason, p.evaluated, p.n, p.psi, p.chiSquare, p.df, p.p, p.icpShare, ...p.counts])
			};
		case 'staleness':
			return {
				columns: ['month', 'status', 'age_days', 'icp_version'],
				rows: trigger.series.map((p) => [p.month, p.status, p.ageDays, p.icpVersion])
			};
	}
}
