import { loadStartupData } from '../dataset/datasetActions';
import { openBrowserEngine } from '../db/browser';
import { browserParquetCodec } from '../db/browserParquet';
import { session } from './session.svelte';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

let started = false;

/**
 * Engine, then data (the user's imported snapshots when the browser holds any, else the bundled
 * sample), then views: each step reports progress; any failure becomes a readable message.
 */
export async function startApp(): Promise<void> {
	if (started) return;
	started = true;
	try {
		session.report('starting', { label: 'Starting the data engine', fraction: 0, detail: '' });
		const engine = await openBrowserEngine(({ bytesLoaded, bytesTotal }) =>
			session.report('starting', {
				label: 'Starting the data engine',
				fraction: bytesTotal > 0 ? bytesLoaded / bytesTotal : null,
				detail: `${megabytes(bytesLoaded)}${bytesTotal > 0 ? ` of ${megabytes(bytesTotal)}` : ''}`
			})
		);
		session.attach(engine);
		const codec = await browserParquetCodec();
		await loadStartupData(engine, codec, (phase, progress) => session.report(phase, progress));
		session.ready();
	} catch (error) {
		session.fail(error);
	}
}
