import { page } from '$app/state';
import { dashboardStateFromUrl } from '../app/dashboardUrlState';
import { session } from '../app/session.svelte';
import type { Engine } from '../db/engine';
import { loadDetail, type DetailModel } from './loadDetail';

export interface DetailModelState<T> {
	readonly model: DetailModel<T> | null;
	readonly error: string | null;
	/** The query is running: the first one, or a newer filter's while the model still shows the previous one. */
	readonly updating: boolean;
}

/**
 * The page's data, recomputed when the URL's filters or the session's data change. Call during
 * component setup: it registers an effect. `key` makes a newer run supersede a pending one.
 */
export function detailModel<T>(key: string, query: (engine: Engine) => Promise<T>): DetailModelState<T> {
	let model = $state.raw<DetailModel<T> | null>(null);
	let error = $state<string | null>(null);
	let updating = $state(true);

	$effect(() => {
		void session.revision;
		const dashboard = dashboardStateFromUrl(page.url.searchParams);
		updating = true;
		session
			.run(key, async (engine) => loadDetail(engine, await session.filterOptions(engine), dashboard, query))
			.then((result) => {
				if (result) {
					model = result;
					error = null;
					updating = false;
				}
			})
			.catch((e: unknown) => {
				error = e instanceof Error ? e.message : String(e);
				updating = false;
			});
	});

	return {
		get model() {
			return model;
		},
		get error() {
			return error;
		},
		get updating() {
			return updating;
		}
	};
}
