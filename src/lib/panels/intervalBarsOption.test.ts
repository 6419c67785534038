import { describe, expect, it } from 'vitest';
import { groupedIntervalBarsOption } from './groupedIntervalBarsOption';
import { intervalBarsOption } from './intervalBarsOption';
import { EVIL, seriesOf, tooltipOf } from './panelFixtures';

const format = (v: number) => `${Math.round(v * 100)}%`;

describe('intervalBarsOption', () => {
	const option = intervalBarsOption({
		format,
		bars: [
			{ label: 'A', color: '#1f77b4', value: 0.3, low: 0.25, high: 0.35, detail: 'n = 100' },
			{ label: EVIL, color: '#d9822b', value: null, low: null, high: null, detail: EVIL }
		]
	});

	it('draws each value as a bar and its interval as a collapsed box plot, nothing where there is not enough data', () => {
		expect(seriesOf(option, 'value').data).toEqual([
			{ value: 0.3, itemStyle: { color: '#1f77b4', opacity: 0.85 } },
			{ value: null, itemStyle: { color: '#d9822b', opacity: 0.85 } }
		]);
		expect(seriesOf(option, 'interval').data).toEqual([[0.25, 0.3, 0.3, 0.3, 0.35], ['-', '-', '-', '-', '-']]);
		expect((option as { xAxis: { data: string[] } }).xAxis.data[1]).toBe(`${EVIL}\n(not enough data)`);
	});

	it('escapes a hostile label in the tooltip and says when there is not enough data', () => {
		const html = tooltipOf(option)([{ dataIndex: 1 }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('not enough data');
		expect(tooltipOf(option)([{ dataIndex: 0 }])).toContain('<b>30%</b> · n = 100');
	});

	it('lays bars along the y-axis when horizontal, first on top', () => {
		const horizontal = intervalBarsOption({ format, horizontal: true, bars: [{ label: 'x', color: '#1f77b4', value: 0.5, low: 0.4, high: 0.6, detail: '' }] }) as {
			xAxis: { type: string };
			yAxis: { type: string; inverse: boolean };
		};
		expect(horizontal.xAxis.type).toBe('value');
		expect(horizontal.yAxis).toMatchObject({ type: 'category', inverse: true });
	});
});

describe('groupedIntervalBarsOption', () => {
	const option = groupedIntervalBarsOption({
		categories: ['step 1', EVIL],
		format,
		groups: [
			{ name: 'ICP', color: '#1f77b4', values: [{ value: 0.5, low: 0.4, high: 0.6, detail: '5 of 10' }, { value: null, low: null, high: null, detail: EVIL }] },
			{ name: EVIL, color: '#d9822b', values: [{ value: 0.2, low: 0.1, high: 0.3, detail: '' }, { value: 0.1, low: 0.05, high: 0.2, detail: '' }] }
		]
	});

	it('has one bar and one whisker series per group, in the same order, so ECharts offsets them alike', () => {
		const series = (option as { series: { type: string; name: string }[] }).series;
		expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'boxplot', 'boxplot']);
		expect(seriesOf(option, 'ICP').data).toEqual([0.5, null]);
		expect(seriesOf(option, 'ICP interval').data).toEqual([[0.4, 0.5, 0.5, 0.5, 0.6], ['-', '-', '-', '-', '-']]);
	});

	it('escapes category and group names in the tooltip', () => {
		const html = tooltipOf(option)([{ dataIndex: 1 }]);
		expect(html).not.toContain('<img');
		expect(html).toContain('not enough data');
		expect(html).toContain('<b>10%</b>');
	});
});
