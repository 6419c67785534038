export interface SparklineSeries {
	months: string[];
	icp: (number | null)[];
	nonIcp: (number | null)[];
}

export interface SparklinePaths {
	icp: string;
	nonIcp: string;
}

/**
 * SVG path data for a KPI card's two-line sparkline in a `width` × `height` box: shape only, both
 * lines on one y-scale from their joint minimum to maximum (not from zero), a gap where a month has
 * no value. A few hundred bytes of SVG instead of a chart instance per card.
 */
export function sparklinePaths(series: SparklineSeries, width: number, height: number, inset = 2): SparklinePaths {
	const values = [...series.icp, ...series.nonIcp].filter((v): v is number => v !== null && Number.isFinite(v));
	const low = Math.min(...values);
	const high = Math.max(...values);
	const steps = Math.max(series.months.length - 1, 1);
	const x = (i: number) => inset + ((width - 2 * inset) * i) / steps;
	const y = (v: number) => (high === low ? height / 2 : height - inset - ((height - 2 * inset) * (v - low)) / (high - low));
	const path = (line: (number | null)[]) => {
		let d = '';
		let drawing = false;
		line.forEach((v, i) => {
			if (v === null || !Number.isFinite(v)) {
				drawing = false;
				return;
			}
			d += `${drawing ? 'L' : 'M'}${round(x(i))} ${round(y(v))}`;
			drawing = true;
		});
		return d;
	};
	return { icp: path(series.icp), nonIcp: path(series.nonIcp) };
}

const round = (n: number) => Math.round(n * 10) / 10;
