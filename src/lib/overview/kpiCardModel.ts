import type { SparklineSeries } from '../charts/sparklinePaths';

/** What a KPI card shows, already formatted: the card itself only lays it out. */
export interface KpiCardModel {
	id: string;
	title: string;
	definition: string;
	href: string;
	enoughData: boolean;
	insufficientReason: string;
	icp: { value: string; n: string };
	nonIcp: { value: string; n: string };
	advantage: { value: string; interval: string; tone: 'good' | 'bad' | 'neutral' };
	delta: string | null;
	sparkline: SparklineSeries | null;
}
