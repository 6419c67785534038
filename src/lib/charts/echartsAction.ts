import type { Action } from 'svelte/action';
import { echarts, type ChartOption } from './echarts';

export interface EchartsParams {
	option: ChartOption;
	/** Receives the instance so the owner can export a PNG. */
	onReady?: (chart: echarts.ECharts) => void;
}

/** Attaches ECharts to a div: init once, replace the option on change, follow the size, dispose. */
export const echartsAction: Action<HTMLDivElement, EchartsParams> = (node, params) => {
	const chart = echarts.init(node, null, { renderer: 'canvas' });
	chart.setOption(params.option, true);
	params.onReady?.(chart);
	let pending = 0;
	const observer = new ResizeObserver(() => {
		cancelAnimationFrame(pending);
		pending = requestAnimationFrame(() => chart.resize());
	});
	observer.observe(node);
	return {
		update(next: EchartsParams) {
			chart.setOption(next.option, true);
			next.onReady?.(chart);
		},
		destroy() {
			cancelAnimationFrame(pending);
			observer.disconnect();
			chart.dispose();
		}
	};
};
