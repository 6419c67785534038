import icp from '../../data/icp.json';
import type { Engine } from '../../src/lib/db/engine';
import { openNodeEngine } from '../../src/lib/db/node';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { loadSampleParquet } from '../../src/lib/sample/writeSample';

/** The Node engine on the bundled sample and the default ICP: what the browser must agree with. */
export async function openSampleEngine(definition: unknown = icp): Promise<Engine> {
	const engine = await openNodeEngine();
	await loadSampleParquet(engine, 'data/sample');
	await prepareDatabase(engine, definition);
	return engine;
}
