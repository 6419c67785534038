import type { ChartOption } from '../charts/echarts';
import { formatCount, formatPercent } from '../format/formatNumbers';
import type { RetentionFigures, RetentionMonth, RetentionPeriod } from '../kpis/retention';
import { bandedLinesOption } from './bandedLinesOption';
import { formatInterval } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import { intervalBarsOption, type IntervalBar } from './intervalBarsOption';
import type { RatePoint } from './rateBandSeries';

type Measure = 'logo' | 'grr' | 'nrr';

const MEASURES: { measure: Measure; label: string }[] = [
	{ measure: 'logo', label: 'Logo retention' },
	{ measure: 'grr', label: 'GRR' },
	{ measure: 'nrr', label: 'NRR' }
];

function bar(measure: Measure, label: string, group: string, color: string, f: RetentionFigures, confidence: string): IntervalBar {
	const enough = f.logoRetention.enoughData;
	const name = `${label}\n${group}`;
	const cohort = `cohort n = ${formatCount(f.cohortLogos)}`;
	if (measure === 'logo') {
		return {
			label: name,
			color,
			value: enough ? f.logoRetention.rate : null,
			low: enough ? f.logoRetention.low : null,
			high: enough ? f.logoRetention.high : null,
			detail: `${formatCount(f.retainedLogos)} of ${formatCount(f.cohortLogos)} still paying · ${confidence} CI ${formatInterval(f.logoRetention.low, f.logoRetention.high)}`
		};
	}
	const value = measure === 'grr' ? f.grr : f.nrr;
	const interval = measure === 'grr' ? f.grrInterval : f.nrrInterval;
	return {
		label: name,
		color,
		value: enough ? value : null,
		low: enough ? interval.low : null,
		high: enough ? interval.high : null,
		detail: `${cohort} · ratio of sums · ${confidence} CI ${formatInterval(interval.low, interval.high)}`
	};
}

/** Logo retention (Wilson whiskers), GRR and NRR (ratio-estimator whiskers) of the 12-month window, ICP beside non-ICP. */
export function retentionSummaryOption(period: RetentionPeriod, confidence: string): ChartOption {
	return intervalBarsOption({
		format: (v) => formatPercent(v, 0),
		yMin: 0,
		bars: MEASURES.flatMap(({ measure, label }) => [
			bar(measure, label, 'ICP', ICP_COLOR, period.icp, confidence),
			bar(measure, label, 'Non-ICP', NON_ICP_COLOR, period.nonIcp, confidence)
		])
	});
}

function point(month: string, f: RetentionFigures): RatePoint {
	const r = f.logoRetention;
	return r.enoughData ? { month, rate: r.rate, low: r.low, high: r.high } : { month, rate: null, low: null, high: null };
}

function describe(f: RetentionFigures) {
	return {
		value: f.logoRetention.enoughData ? formatPercent(f.logoRetention.rate) : 'not enough data',
		detail: `${formatCount(f.retainedLogos)} of ${formatCount(f.cohortLogos)} · GRR ${formatPercent(f.grr)} · NRR ${formatPercent(f.nrr)}`
	};
}

/** 12-month logo retention of the window ending in each month, Wilson bands; months without a full window stay blank. */
export function retentionByMonthOption(months: readonly RetentionMonth[]): ChartOption {
	return bandedLinesOption({
		categories: months.map((m) => m.month),
		axisLabel: (v) => `${Math.round(v * 100)}%`,
		xName: 'Window end month (cohort = customers paying 12 months earlier)',
		lines: [
			{ name: 'ICP', color: ICP_COLOR, points: months.map((m) => point(m.month, m.icp)), describe: (i) => describe(months[i].icp) },
			{ name: 'Non-ICP', color: NON_ICP_COLOR, points: months.map((m) => point(m.month, m.nonIcp)), describe: (i) => describe(months[i].nonIcp) }
		]
	});
}
