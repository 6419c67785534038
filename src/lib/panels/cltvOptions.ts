import type { ChartOption } from '../charts/echarts';
import { formatCount, formatMoney } from '../format/formatNumbers';
import type { CltvHistoricalPoint, CltvResult } from '../kpis/cltv';
import { bandedLinesOption } from './bandedLinesOption';
import { formatInterval, formatMoneyCompact, formatMonths } from './formatEstimates';
import { ICP_COLOR, NON_ICP_COLOR } from './groupColors';
import { intervalBarsOption } from './intervalBarsOption';
import type { RatePoint } from './rateBandSeries';

function historicalPoint(age: number, at: CltvHistoricalPoint | undefined, minSample: number): RatePoint {
	const month = String(age);
	if (!at || at.customers < minSample) return { month, rate: null, low: null, high: null };
	return { month, rate: at.cltv.value, low: at.cltv.low, high: at.cltv.high };
}

function describe(at: CltvHistoricalPoint | undefined, minSample: number, confidence: string) {
	if (!at) return { value: 'no customers this old', detail: '' };
	return {
		value: at.customers >= minSample ? formatMoney(at.cltv.value) : 'not enough data',
		detail: `n = ${formatCount(at.customers)} customers · ${confidence} CI ${formatInterval(at.cltv.low, at.cltv.high, formatMoney)}`
	};
}

/**
 * Realised CLTV by cohort age: mean cumulative revenue × gross margin of the customers old enough
 * to be observed at each age, normal interval of the mean; ages with fewer than min_sample customers are blank.
 */
export function historicalCltvOption(historical: CltvResult['historical'], minSample: number, confidence: string): ChartOption {
	const last = Math.max(-1, ...historical.icp.map((p) => p.monthsSinceStart), ...historical.nonIcp.map((p) => p.monthsSinceStart));
	const ages = Array.from({ length: last + 1 }, (_, i) => i);
	const at = (points: CltvHistoricalPoint[]) => new Map(points.map((p) => [p.monthsSinceStart, p]));
	const icp = at(historical.icp);
	const nonIcp = at(historical.nonIcp);
	return bandedLinesOption({
		categories: ages.map(String),
		axisLabel: formatMoneyCompact,
		yMin: 0,
		xName: 'Months since the first payment',
		lines: [
			{
				name: 'ICP',
				color: ICP_COLOR,
				points: ages.map((a) => historicalPoint(a, icp.get(a), minSample)),
				describe: (i) => describe(icp.get(i), minSample, confidence)
			},
			{
				name: 'Non-ICP',
				color: NON_ICP_COLOR,
				points: ages.map((a) => historicalPoint(a, nonIcp.get(a), minSample)),
				describe: (i) => describe(nonIcp.get(i), minSample, confidence)
			}
		]
	});
}

/** Churn-based and survival-based predictive CLTV, ICP beside non-ICP, with their intervals as whiskers. */
export function predictiveCltvOption(result: CltvResult, confidence: string): ChartOption {
	const { icp, nonIcp } = result.period;
	const survival = result.survival;
	const churnBar = (label: string, color: string, f: typeof icp) => ({
		label: `Churn-based\n${label}`,
		color,
		value: f.enoughData ? f.cltv.value : null,
		low: f.enoughData ? f.cltv.low : null,
		high: f.enoughData ? f.cltv.high : null,
		detail: `${formatCount(f.customers)} customers · ARPA ${formatMoney(f.arpa)} · churn ${(100 * (f.churn.rate ?? NaN)).toFixed(2)}%/month · ${confidence} CI ${formatInterval(f.cltv.low, f.cltv.high, formatMoney)}`
	});
	const survivalBar = (label: string, color: string, f: typeof survival.icp) => ({
		label: `Survival-based\n${label}`,
		color,
		value: f.enoughData ? f.cltv.value : null,
		low: f.enoughData ? f.cltv.low : null,
		high: f.enoughData ? f.cltv.high : null,
		detail: `${formatCount(f.n)} new customers · mean ${formatMonths(f.rmstMonths.value)} of ${survival.horizonMonths} · band ${formatInterval(f.cltv.low, f.cltv.high, formatMoney)}`
	});
	return intervalBarsOption({
		format: formatMoneyCompact,
		tooltipFormat: (v) => formatMoney(v),
		yMin: 0,
		bars: [
			churnBar('ICP', ICP_COLOR, icp),
			churnBar('Non-ICP', NON_ICP_COLOR, nonIcp),
			survivalBar('ICP', ICP_COLOR, survival.icp),
			survivalBar('Non-ICP', NON_ICP_COLOR, survival.nonIcp)
		]
	});
}
