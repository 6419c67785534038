import { statusRank, type TriggerStatus } from './types';

export interface StatusPoint {
	month: string;
	status: TriggerStatus;
	evaluated: boolean;
}

export interface SeriesSummary {
	status: TriggerStatus;
	month: string | null;
	firstFired: string | null;
	episodeStart: string | null;
	sufficient: boolean;
}

/**
 * A trigger's status is its status in the latest evaluated month. The current episode is the run of
 * evaluated months not at ok that ends there; it "first fired" in the first month of that run that
 * reached the current status.
 */
export function summarizeSeries(series: readonly StatusPoint[]): SeriesSummary {
	const evaluated = series.filter((p) => p.evaluated);
	const last = evaluated.at(-1);
	if (!last) return { status: 'ok', month: null, firstFired: null, episodeStart: null, sufficient: false };
	if (last.status === 'ok') return { status: 'ok', month: last.month, firstFired: null, episodeStart: null, sufficient: true };
	let start = series.lastIndexOf(last);
	while (start > 0 && series[start - 1].evaluated && series[start - 1].status !== 'ok') start--;
	const episode = series.slice(start, series.lastIndexOf(last) + 1);
	const fired = episode.find((p) => statusRank(p.status) >= statusRank(last.status)) ?? last;
	return { status: last.status, month: last.month, firstFired: fired.month, episodeStart: episode[0].month, sufficient: true };
}
