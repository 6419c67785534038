import type { ChartOption } from '../charts/echarts';
import type { DriftSettings } from '../drift/settings';
import { daysBetween } from '../drift/months';
import type { StalenessPoint, StalenessTriggerResult } from '../drift/types';
import { tooltipHeader, tooltipRow } from '../panels/tooltip';
import { extentSeries, firstFiredLine, STATUS_COLORS, statusAreaSeries, statusRuns, thresholdLine } from './statusMarks';

const AGE_COLOR = '#1f4e79';
const VERSION_COLOR = '#5b6675';

/** Days from the last review to the due date: the cadence in days as of the current standing. */
export function dueAgeDays(trigger: StalenessTriggerResult): number {
	if (trigger.reviewedOrEffective !== null && trigger.dueDate !== null) return daysBetween(trigger.reviewedOrEffective, trigger.dueDate);
	return Math.round(trigger.cadenceMonths * (365.25 / 12));
}

function tooltipLines(point: StalenessPoint, dueAge: number): string[] {
	return [
		tooltipHeader(point.month),
		tooltipRow('status', STATUS_COLORS[point.status], point.status),
		tooltipRow('days since review', AGE_COLOR, point.ageDays.toLocaleString('en-US'), `due at ${dueAge}`),
		tooltipRow('ICP version', VERSION_COLOR, point.icpVersion ?? 'none in force')
	];
}

/**
 * The age of the ICP in force at each month's end: days since its effectiveFrom or its last recorded
 * review, against the review cadence (review line) and the warning before it (watch line).
 */
export function stalenessTriggerOption(trigger: StalenessTriggerResult, settings: DriftSettings): ChartOption {
	const months = trigger.series.map((p) => p.month);
	const byMonth = new Map(trigger.series.map((p) => [p.month, p]));
	const dueAge = dueAgeDays(trigger);
	const watchAge = Math.max(0, dueAge - settings.staleness.watchDays);
	const lines = [thresholdLine(dueAge, `review due at ${dueAge} days`, STATUS_COLORS.review), thresholdLine(watchAge, `watch from ${watchAge} days`, STATUS_COLORS.watch, 'end')];
	if (trigger.firstFired !== null) lines.push(firstFiredLine(trigger.firstFired, trigger.status));
	return {
		animation: false,
		grid: { left: 64, right: 24, top: 36, bottom: 32 },
		legend: { data: ['days since review'], top: 0 },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { axisValue: string }[]) => {
				const point = byMonth.get(params[0]?.axisValue ?? '');
				return point ? tooltipLines(point, dueAge).join('<br/>') : '';
			}
		},
		xAxis: { type: 'category', data: months },
		yAxis: { type: 'value', min: 0, name: 'days', axisLabel: { formatter: (v: number) => `${v} d` } },
		series: [
			statusAreaSeries(months, statusRuns(trigger.series)),
			{
				name: 'days since review',
				type: 'line',
				data: trigger.series.map((p) => (p.icpVersion === null ? null : p.ageDays)),
				itemStyle: { color: AGE_COLOR },
				lineStyle: { color: AGE_COLOR, width: 2 },
				symbolSize: 4,
				markLine: { symbol: 'none', silent: true, animation: false, data: lines }
			},
			extentSeries(months[0], [dueAge])
		]
	};
}
