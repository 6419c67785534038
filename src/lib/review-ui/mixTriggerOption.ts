import type { ChartOption } from '../charts/echarts';
import { formatPercent } from '../format/formatNumbers';
import type { DriftSettings } from '../drift/settings';
import type { MixPoint, MixReason, MixTriggerResult } from '../drift/types';
import { ICP_COLOR } from '../panels/groupColors';
import { tooltipHeader, tooltipRow } from '../panels/tooltip';
import { extentSeries, firstFiredLine, STATUS_COLORS, statusAreaSeries, statusRuns, thresholdLine } from './statusMarks';

const PSI_COLOR = '#1f4e79';
const REFERENCE_COLOR = '#5b6675';
const BIN_COLOR = '#8a94a3';

const REASONS: Record<MixReason, string> = { shift: 'significant, material shift', sustained: 'shift sustained', major: 'major shift' };

const formatP = (p: number | null) => (p === null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));

function tooltipLines(trigger: MixTriggerResult, point: MixPoint, alpha: number): string[] {
	const status = point.reason ? `${point.status} (${REASONS[point.reason]})` : point.status;
	const lines = [tooltipHeader(point.month), tooltipRow('status', STATUS_COLORS[point.status], status)];
	if (!point.evaluated) {
		lines.push(tooltipRow('window', REFERENCE_COLOR, 'not evaluated', `n = ${point.n.toLocaleString('en-US')}; windows overlapping the reference or below the minimum are skipped`));
	} else {
		lines.push(
			tooltipRow('PSI', PSI_COLOR, point.psi === null ? '–' : point.psi.toFixed(3)),
			tooltipRow('chi-square p', PSI_COLOR, formatP(point.p), `significant below ${alpha}`),
			tooltipRow('window n', REFERENCE_COLOR, point.n.toLocaleString('en-US'), `reference n = ${trigger.reference.n.toLocaleString('en-US')}`)
		);
	}
	if (point.icpShare !== null) lines.push(tooltipRow('ICP share', ICP_COLOR, formatPercent(point.icpShare), `reference ${formatPercent(trigger.reference.icpShare)}`));
	const share = (counts: readonly number[], i: number) => {
		const total = counts.reduce((s, c) => s + c, 0);
		return total > 0 ? counts[i] / total : null;
	};
	trigger.bins.forEach((bin, i) => {
		lines.push(tooltipRow(bin, BIN_COLOR, formatPercent(share(point.counts, i)), `reference ${formatPercent(share(trigger.reference.counts, i))}`));
	});
	return lines;
}

/**
 * The mix of new pipeline against the reference months, month by month: the window's PSI with the
 * watch and review bands (a shift also has to be significant by the chi-square test: see the
 * tooltip), the months at watch and review shaded, the first firing marked. Tier mixes add the ICP
 * share below, with the reference share and the band of moves too small to count.
 */
export function mixTriggerOption(trigger: MixTriggerResult, settings: DriftSettings): ChartOption {
	const { psiWatch, psiReview, icpShareShift, alpha } = settings.mix;
	const months = trigger.series.map((p) => p.month);
	const byMonth = new Map(trigger.series.map((p) => [p.month, p]));
	const runs = statusRuns(trigger.series);
	const referenceShare = trigger.reference.icpShare;
	const hasShare = referenceShare !== null && trigger.series.some((p) => p.icpShare !== null);
	const lines = [thresholdLine(psiWatch, `watch at PSI ${psiWatch}`, STATUS_COLORS.watch), thresholdLine(psiReview, `review at PSI ${psiReview}`, STATUS_COLORS.review)];
	if (trigger.firstFired !== null) lines.push(firstFiredLine(trigger.firstFired, trigger.status));

	const series: object[] = [
		statusAreaSeries(months, runs),
		{
			name: 'PSI',
			type: 'line',
			data: trigger.series.map((p) => (p.evaluated ? p.psi : null)),
			itemStyle: { color: PSI_COLOR },
			lineStyle: { color: PSI_COLOR, width: 2 },
			symbolSize: 5,
			markLine: { symbol: 'none', silent: true, animation: false, data: lines }
		},
		extentSeries(months[0], [0, psiReview])
	];
	const grids: object[] = [hasShare ? { left: 64, right: 24, top: 36, height: '48%' } : { left: 64, right: 24, top: 36, bottom: 32 }];
	const xAxes: object[] = [{ type: 'category', data: months, gridIndex: 0 }];
	const yAxes: object[] = [{ type: 'value', gridIndex: 0, min: 0, name: 'PSI' }];
	if (hasShare && referenceShare !== null) {
		const axes = { xAxisIndex: 1, yAxisIndex: 1 };
		const shift = Math.round(icpShareShift * 1000) / 10;
		grids.push({ left: 64, right: 24, top: '72%', bottom: 32 });
		xAxes.push({ type: 'category', data: months, gridIndex: 1 });
		yAxes.push({ type: 'value', gridIndex: 1, scale: true, name: 'ICP share', splitNumber: 2, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } });
		series.push(statusAreaSeries(months, runs, { axes, labels: false }), {
			name: 'ICP share',
			type: 'line',
			...axes,
			data: trigger.series.map((p) => p.icpShare),
			itemStyle: { color: ICP_COLOR },
			lineStyle: { color: ICP_COLOR, width: 1.5 },
			symbolSize: 4,
			markLine: { symbol: 'none', silent: true, animation: false, data: [thresholdLine(referenceShare, `reference ${formatPercent(referenceShare)}`, REFERENCE_COLOR)] },
			markArea: {
				silent: true,
				data: [
					[
						{ yAxis: referenceShare - icpShareShift, itemStyle: { color: REFERENCE_COLOR, opacity: 0.1 }, label: { show: true, position: 'insideBottomLeft', formatter: `within ±${shift} pts`, fontSize: 10, color: REFERENCE_COLOR } },
						{ yAxis: referenceShare + icpShareShift }
					]
				]
			}
		}, extentSeries(months[0], [referenceShare - icpShareShift, referenceShare + icpShareShift], axes));
	}
	return {
		animation: false,
		grid: grids,
		legend: { data: hasShare ? ['PSI', 'ICP share'] : ['PSI'], top: 0 },
		axisPointer: { link: [{ xAxisIndex: 'all' }] },
		tooltip: {
			trigger: 'axis',
			confine: true,
			formatter: (params: { axisValue: string }[]) => {
				const point = byMonth.get(params[0]?.axisValue ?? '');
				return point ? tooltipLines(trigger, point, alpha).join('<br/>') : '';
			}
		},
		xAxis: xAxes,
		yAxis: yAxes,
		series
	};
}
