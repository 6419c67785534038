import type { ChartOption } from '../charts/echarts';
import type { ChartState } from '../charts/Chart.svelte';

/** Loading until the first model arrives, the error if the page's query failed, else what `build` decides. */
export function panelState<M>(model: M | null, error: string | null, build: (model: M) => ChartState): ChartState {
	if (error) return { kind: 'error', message: error };
	if (!model) return { kind: 'loading' };
	try {
		return build(model);
	} catch (e) {
		return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
	}
}

export const ready = (option: ChartOption): ChartState => ({ kind: 'ready', option });
export const insufficient = (message: string): ChartState => ({ kind: 'insufficient', message });
export const empty = (message: string): ChartState => ({ kind: 'empty', message });
