/** A rate per month with its interval; null where the month has too few observations to draw. */
export interface RatePoint {
	month: string;
	rate: number | null;
	low: number | null;
	high: number | null;
}

/**
 * ECharts has no native band: a transparent "low" line with the band height stacked on it. Three
 * series per group, sharing one stack, drawn in the group's colour. stackStrategy 'all' keeps the
 * band right when the low edge is negative (a difference of rates).
 */
export function rateBandSeries(name: string, color: string, points: readonly RatePoint[]): object[] {
	const stack = `band-${name}`;
	return [
		{
			name: `${name} low`,
			type: 'line',
			data: points.map((p) => p.low),
			stack,
			stackStrategy: 'all',
			lineStyle: { opacity: 0 },
			symbol: 'none',
			silent: true,
			tooltip: { show: false }
		},
		{
			name: `${name} interval`,
			type: 'line',
			data: points.map((p) => (p.low === null || p.high === null ? null : p.high - p.low)),
			stack,
			lineStyle: { opacity: 0 },
			areaStyle: { color, opacity: 0.15 },
			symbol: 'none',
			silent: true,
			tooltip: { show: false }
		},
		{
			name,
			type: 'line',
			data: points.map((p) => p.rate),
			itemStyle: { color },
			lineStyle: { color, width: 2 },
			symbolSize: 5,
			connectNulls: false
		}
	];
}
