import { formatCount, formatPercent, formatPoints } from '../format/formatNumbers';
import type { RetentionPeriod } from '../kpis/retention';
import { advantageStat, rateStat, type HeadlineStat } from './headline';

/** 12-month logo retention ICP and non-ICP, the logo advantage with its test, and NRR side by side. */
export function retentionHeadline(period: RetentionPeriod, confidence: string): HeadlineStat[] {
	return [
		rateStat('icp', 'ICP logo retention', period.icp.logoRetention, confidence, 'customers'),
		rateStat('non-icp', 'Non-ICP logo retention', period.nonIcp.logoRetention, confidence, 'customers'),
		advantageStat('advantage', 'ICP advantage (logo)', period.advantage.logoRetention, formatPoints, confidence, period.enoughData),
		{
			id: 'nrr',
			label: 'NRR ICP / non-ICP',
			value: `${formatPercent(period.icp.nrr)} / ${formatPercent(period.nonIcp.nrr)}`,
			detail: `GRR ${formatPercent(period.icp.grr)} / ${formatPercent(period.nonIcp.grr)} · cohorts of ${formatCount(period.icp.cohortLogos)} / ${formatCount(period.nonIcp.cohortLogos)}`,
			tone: 'neutral',
			enoughData: period.enoughData
		}
	];
}
