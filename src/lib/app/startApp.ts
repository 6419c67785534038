import { openBrowserEngine } from '../db/browser';
import { browserParquetCodec } from '../db/browserParquet';
import { loadBundledSample } from '../data/bundledSample';
import { prepareDatabase } from '../db/prepareDatabase';
import { loadActiveIcp } from './activeIcp';
import { session } from './session.svelte';

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

let started = false;

/** Engine, then data, then views: each step reports progress; any failure becomes a readable message. */
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
		await loadBundledSample(engine, codec, ({ file, bytesLoaded, fileIndex, fileCount }) =>
			session.report('loading', {
				label: 'Loading the sample data',
				fraction: fileIndex / fileCount,
				detail: `${file}: ${megabytes(bytesLoaded)}`
			})
		);
		session.report('preparing', { label: 'Classifying accounts by the ICP', fraction: null, detail: '' });
		await prepareDatabase(engine, loadActiveIcp());
		session.ready();
	} catch (error) {
		session.fail(error);
	}
}
