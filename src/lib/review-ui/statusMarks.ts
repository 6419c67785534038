import type { TriggerStatus } from '../drift/types';

export const STATUS_COLORS: Record<TriggerStatus, string> = { ok: '#2e7d32', watch: '#b7791f', review: '#c62828' };

export interface StatusRun {
	status: 'watch' | 'review';
	from: string;
	to: string;
}

/** Consecutive months at the same non-ok status, in order: the stretches the chart shades. */
export function statusRuns(points: readonly { month: string; status: TriggerStatus }[]): StatusRun[] {
	const runs: StatusRun[] = [];
	points.forEach(({ month, status }, i) => {
		if (status === 'ok') return;
		const last = runs.at(-1);
		if (last && points[i - 1]?.status === status) last.to = month;
		else runs.push({ status, from: month, to: month });
	});
	return runs;
}

interface AxisIndex {
	xAxisIndex: number;
	yAxisIndex: number;
}

/** Stretches this long, and the latest one, carry their status as text; shorter ones would crowd it. */
const LABELLED_RUN_MONTHS = 3;

/**
 * The shaded months at watch and review, labelled with their status so colour is not the only cue
 * (the tooltip gives every month's). Carried by an empty bar series: on a category axis a bar's
 * mark area spans whole month bands, where a line's would run from centre to centre and a single
 * month would vanish. `labels: false` for a second panel under the first.
 */
export function statusAreaSeries(
	months: readonly string[],
	runs: readonly StatusRun[],
	{ axes = { xAxisIndex: 0, yAxisIndex: 0 }, labels = true }: { axes?: AxisIndex; labels?: boolean } = {}
): object {
	const position = new Map(months.map((m, i) => [m, i]));
	const width = (run: StatusRun) => (position.get(run.to) ?? 0) - (position.get(run.from) ?? 0) + 1;
	return {
		name: 'status',
		type: 'bar',
		...axes,
		data: months.map(() => null),
		silent: true,
		tooltip: { show: false },
		markArea: {
			silent: true,
			data: runs.map((run, i) => [
				{
					xAxis: run.from,
					itemStyle: { color: STATUS_COLORS[run.status], opacity: 0.12 },
					label: {
						show: labels && (i === runs.length - 1 || width(run) >= LABELLED_RUN_MONTHS),
						position: 'insideTopRight',
						formatter: run.status,
						color: STATUS_COLORS[run.status],
						fontSize: 10
					}
				},
				{ xAxis: run.to }
			])
		}
	};
}

/** A vertical line at the month the current status was first reached. */
export function firstFiredLine(month: string, status: TriggerStatus): object {
	return {
		xAxis: month,
		lineStyle: { color: STATUS_COLORS[status], type: 'solid', width: 1.5 },
		label: { formatter: `first ${status} ${month}`, position: 'insideEndTop', color: STATUS_COLORS[status], fontSize: 11 }
	};
}

/**
 * A horizontal threshold line with its meaning as the label. Labels go left ('start') by default:
 * the first months are the unevaluated warm-up and reference, where the shading of recent
 * months does not reach; two lines close together take opposite ends.
 */
export function thresholdLine(value: number, label: string, color: string, end: 'start' | 'end' = 'start'): object {
	return {
		yAxis: value,
		lineStyle: { color, type: 'dashed', width: 1 },
		label: { formatter: label, position: end === 'start' ? 'insideStartTop' : 'insideEndTop', color, fontSize: 11 }
	};
}

/**
 * Mark lines do not widen an axis: an invisible series holding the threshold values does, so a
 * floor or a decision interval above every data point is still on the chart.
 */
export function extentSeries(month: string, values: readonly number[], axes: AxisIndex = { xAxisIndex: 0, yAxisIndex: 0 }): object {
	return {
		name: 'thresholds',
		type: 'scatter',
		...axes,
		data: values.filter(Number.isFinite).map((v) => [month, v]),
		symbolSize: 0,
		silent: true,
		tooltip: { show: false }
	};
}
