import { formatPoints } from '../format/formatNumbers';
import type { FunnelComparison } from '../kpis/campaigns';
import { advantageStat, rateStat, type HeadlineStat } from './headline';

/** Lead → deal ICP and non-ICP, the ICP advantage with its test, and the ICP share of all leads. */
export function campaignHeadline(period: FunnelComparison, confidence: string): HeadlineStat[] {
	return [
		rateStat('icp', 'ICP lead → deal', period.icp.leadToDeal, confidence, 'leads'),
		rateStat('non-icp', 'Non-ICP lead → deal', period.nonIcp.leadToDeal, confidence, 'leads'),
		advantageStat('advantage', 'ICP advantage', period.advantage, formatPoints, confidence, period.enoughData),
		rateStat('icp-share', 'ICP share of leads', period.icpShare, confidence, 'leads')
	];
}
