import { twoSidedCriticalValue } from '../stats/normal';
import type { WindowEstimate } from './advantageSeries';
import { advantageTrigger } from './advantageTrigger';
import { byMonthAndGroup, inSpan, type TriggerContext } from './context';
import type { CustomerMonthsRow } from './inputs';
import type { AdvantageTriggerResult } from './types';
import { formatCount } from './wording';

interface Pooled {
	customerMonths: number;
	mrrSum: number;
	mrrSumSquares: number;
	atRisk: number;
	churned: number;
}

const EMPTY: Pooled = { customerMonths: 0, mrrSum: 0, mrrSumSquares: 0, atRisk: 0, churned: 0 };

/**
 * Trigger 2c, CLTV advantage: CLTV = ARPA / monthly logo churn (gross margin cancels in the ratio),
 * ICP ÷ non-ICP over a rolling window of revenue months. The interval is on the log ratio by the
 * delta method: var(log ARPA) = s² / (n · mean²), inflated by the window length because the same
 * account appears in each month; var(log churn) = 1/churned − 1/at-risk.
 */
export function cltvTrigger(rows: readonly CustomerMonthsRow[], context: TriggerContext): AdvantageTriggerResult {
	const settings = context.settings.cltv;
	const z = twoSidedCriticalValue(context.settings.confidence);
	const cells = byMonthAndGroup(rows);
	const pool = (months: readonly string[], group: 'icp' | 'nonIcp'): Pooled =>
		months.reduce((sum, month) => {
			const row = cells.get(month)?.[group];
			if (!row) return sum;
			return {
				customerMonths: sum.customerMonths + row.customerMonths,
				mrrSum: sum.mrrSum + row.mrrSum,
				mrrSumSquares: sum.mrrSumSquares + row.mrrSumSquares,
				atRisk: sum.atRisk + row.atRisk,
				churned: sum.churned + row.churned
			};
		}, EMPTY);
	const logCltv = (p: Pooled, months: number) => {
		const arpa = p.mrrSum / p.customerMonths;
		const churn = p.churned / p.atRisk;
		const mrrVariance = Math.max(0, (p.mrrSumSquares - p.customerMonths * arpa * arpa) / (p.customerMonths - 1));
		const variance = (months * mrrVariance) / (p.customerMonths * arpa * arpa) + 1 / p.churned - 1 / p.atRisk;
		return { value: arpa / churn, log: Math.log(arpa / churn), variance };
	};
	const estimate = (months: readonly string[]): WindowEstimate | null => {
		const icp = pool(months, 'icp');
		const nonIcp = pool(months, 'nonIcp');
		if (icp.churned < settings.minPerGroup || nonIcp.churned < settings.minPerGroup) return null;
		const a = logCltv(icp, months.length);
		const b = logCltv(nonIcp, months.length);
		const se = Math.sqrt(a.variance + b.variance);
		const logRatio = a.log - b.log;
		return {
			icp: { value: a.value, n: icp.churned },
			nonIcp: { value: b.value, n: nonIcp.churned },
			advantage: Math.exp(logRatio),
			low: Math.exp(logRatio - z * se),
			high: Math.exp(logRatio + z * se),
			se
		};
	};
	const money = (value: number | null) => (value === null ? 'unknown' : `${formatCount(value)}`);
	return advantageTrigger({
		spec: {
			id: 'cltv',
			title: 'CLTV advantage',
			unit: 'ratio',
			parity: 1,
			floor: settings.floor,
			windowMonths: settings.windowMonths,
			describeGroup: (group, m) => `${group} customers could expect ${money(m.value)} of revenue over their lifetime (${formatCount(m.n)} churns seen)`,
			claim: 'customers are worth more than the rest',
			action: 'Review the ICP: check whether ICP customers now pay less (discounts, smaller plans) or churn more, and for which segments.',
			evidenceUnit: 'money'
		},
		context,
		estimate,
		reference: estimate(context.months.filter((m) => inSpan(m, context.reference))),
		referenceSpan: context.reference,
		testScale: Math.log
	});
}
