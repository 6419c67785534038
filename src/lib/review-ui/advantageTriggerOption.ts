import type { ChartOption } from '../charts/echarts';
import { formatEvidenceValue } from '../drift/formatDriftReport';
import type { DriftSettings } from '../drift/settings';
import type { AdvantagePoint, AdvantageReason, AdvantageTriggerResult, EvidenceItem } from '../drift/types';
import { formatAdvantage } from '../drift/wording';
import { ICP_COLOR, NON_ICP_COLOR } from '../panels/groupColors';
import { rateBandSeries } from '../panels/rateBandSeries';
import { tooltipHeader, tooltipRow } from '../panels/tooltip';
import { extentSeries, firstFiredLine, STATUS_COLORS, statusAreaSeries, statusRuns, thresholdLine } from './statusMarks';

const CUSUM_COLOR = '#6a3d9a';
const REFERENCE_COLOR = '#5b6675';

const REASONS: Record<AdvantageReason, string> = {
	floor: 'below the floor',
	interval: 'interval at parity',
	cusum: 'CUSUM above its limit',
	'interval+cusum': 'interval at parity and CUSUM above its limit'
};

/** Axis labels in the advantage's unit: points, days or a ratio. */
export function advantageAxisLabel(unit: AdvantageTriggerResult['unit']): (value: number) => string {
	if (unit === 'points') return (v) => `${Math.round(v * 1000) / 10} pts`;
	if (unit === 'days') return (v) => `${v} d`;
	return (v) => `${v}×`;
}

/** The unit of each group's own value (a share, days, money): the one its evidence uses. */
const groupUnit = (trigger: AdvantageTriggerResult): EvidenceItem['unit'] => trigger.evidence.find((e) => e.label === 'ICP')?.unit ?? 'count';

function tooltipLines(trigger: AdvantageTriggerResult, point: AdvantagePoint, confidence: string, cusumH: number | null): string[] {
	const unit = groupUnit(trigger);
	const group = (value: number | null) => formatEvidenceValue({ label: '', value, unit });
	const status = point.reason ? `${point.status} (${REASONS[point.reason]})` : point.status;
	const lines = [tooltipHeader(point.month), tooltipRow('status', STATUS_COLORS[point.status], status)];
	if (point.advantage === null) {
		lines.push(tooltipRow('advantage', ICP_COLOR, 'not evaluated', 'a group is below the minimum sample in this window'));
	} else {
		const interval = point.low !== null && point.high !== null ? `${confidence}: ${formatAdvantage(point.low, trigger.unit)} to ${formatAdvantage(point.high, trigger.unit)}` : '';
		lines.push(
			tooltipRow('advantage', ICP_COLOR, formatAdvantage(point.advantage, trigger.unit), interval),
			tooltipRow('ICP', ICP_COLOR, group(point.icp.value), `n = ${point.icp.n.toLocaleString('en-US')}`),
			tooltipRow('non-ICP', NON_ICP_COLOR, group(point.nonIcp.value), `n = ${point.nonIcp.n.toLocaleString('en-US')}`)
		);
		if (!point.resolved) lines.push(tooltipRow('interval rule', REFERENCE_COLOR, 'not applied', 'the window is too small to resolve the reference advantage'));
	}
	if (point.cusum !== null && cusumH !== null) lines.push(tooltipRow('CUSUM', CUSUM_COLOR, point.cusum.toFixed(1), `review above ${cusumH}`));
	return lines;
}

/**
 * The monitored advantage of one trigger, month by month: the rolling window's ICP − non-ICP
 * advantage with its interval as a band, the watch floor, parity (where the interval rule fires)
 * and the reference advantage as lines, the months at watch and review shaded, the first firing of
 * the current status marked. The win-rate trigger adds its CUSUM, with the decision limit, below.
 */
export function advantageTriggerOption(trigger: AdvantageTriggerResult, settings: DriftSettings): ChartOption {
	const months = trigger.series.map((p) => p.month);
	const byMonth = new Map(trigger.series.map((p) => [p.month, p]));
	const confidence = `${Math.round(settings.confidence * 100)}%`;
	const hasCusum = trigger.id === 'win-rate' && trigger.series.some((p) => p.cusum !== null);
	const cusumH = hasCusum ? settings.winRate.cusumH : null;
	const runs = statusRuns(trigger.series);
	const name = 'ICP advantage';
	// The band is stacked on its lower bound; stackStrategy 'all' keeps it there when that bound is
	// negative (ECharts' default stacks positive heights on the positive values only).
	const [low, band, line] = rateBandSeries(
		name,
		ICP_COLOR,
		trigger.series.map((p) => ({ month: p.month, rate: p.advantage, low: p.low, high: p.high }))
	);
	const label = (value: number) => formatAdvantage(value, trigger.unit);
	const lines = [
		thresholdLine(trigger.floor, `watch below ${label(trigger.floor)}`, STATUS_COLORS.watch),
		thresholdLine(trigger.parity, `no advantage (${label(trigger.parity)})`, STATUS_COLORS.review, 'end')
	];
	if (trigger.reference.advantage !== null) lines.push(thresholdLine(trigger.reference.advantage, `reference ${label(trigger.reference.advantage)}`, REFERENCE_COLOR));
	if (trigger.firstFired !== null) lines.push(firstFiredLine(trigger.firstFired, trigger.status));
	const thresholds = [trigger.floor, trigger.parity, trigger.reference.advantage ?? trigger.parity];

	const series: object[] = [
		statusAreaSeries(months, runs),
		{ ...low, stackStrategy: 'all' },
		{ ...band, stackStrategy: 'all' },
		{ ...line, markLine: { symbol: 'none', silent: true, animation: false, data: lines } },
		extentSeries(months[0], thresholds)
	];
	const grids: object[] = [hasCusum ? { left: 64, right: 24, top: 36, height: '48%' } : { left: 64, right: 24, top: 36, bottom: 32 }];
	const xAxes: object[] = [{ type: 'category', data: months, gridIndex: 0 }];
	const yAxes: object[] = [{ type: 'value', gridIndex: 0, scale: true, name: trigger.unit === 'ratio' ? 'ICP ÷ non-ICP' : 'ICP − non-ICP', axisLabel: { formatter: advantageAxisLabel(trigger.unit) } }];
	if (hasCusum && cusumH !== null) {
		const axes = { xAxisIndex: 1, yAxisIndex: 1 };
		grids.push({ left: 64, right: 24, top: '72%', bottom: 32 });
		xAxes.push({ type: 'category', data: months, gridIndex: 1 });
		yAxes.push({ type: 'value', gridIndex: 1, min: 0, name: 'CUSUM', splitNumber: 2 });
		series.push(
			statusAreaSeries(months, runs, { axes, labels: false }),
			{
				name: 'CUSUM',
				type: 'line',
				...axes,
				data: trigger.series.map((p) => p.cusum),
				itemStyle: { color: CUSUM_COLOR },
				lineStyle: { color: CUSUM_COLOR, width: 1.5 },
				symbolSize: 4,
				markLine: { symbol: 'none', silent: true, animation: false, data: [thresholdLine(cusumH, `review above ${cusumH}`, STATUS_COLORS.review)] }
			},
			extentSeries(months[0], [cusumH], axes)
		);
	}
	return {
		animation: false,
		grid: grids,
		legend: { data: hasCusum ? [name, 'CUSUM'] : [name], top: 0 },
		axisPointer: { link: [{ xAxisIndex: 'all' }] },
		tooltip: {
			trigger: 'axis',
			formatter: (params: { axisValue: string }[]) => {
				const point = byMonth.get(params[0]?.axisValue ?? '');
				return point ? tooltipLines(trigger, point, confidence, cusumH).join('<br/>') : '';
			}
		},
		xAxis: xAxes,
		yAxis: yAxes,
		series
	};
}
