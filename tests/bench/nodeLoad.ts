import icp from '../../data/icp.json';
import { openNodeEngine } from '../../src/lib/db/node';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { loadSampleParquet } from '../../src/lib/sample/writeSample';

export interface NodeLoadTimes {
	engineStart: number[];
	parquetLoad: number[];
	classify: number[];
}

/** Node: start duckdb-wasm, decode the sample's Parquet with parquet-wasm into it, classify and define the views. */
export async function measureNodeLoad(runs: number): Promise<NodeLoadTimes> {
	const times: NodeLoadTimes = { engineStart: [], parquetLoad: [], classify: [] };
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const engine = await openNodeEngine();
		const t1 = performance.now();
		await loadSampleParquet(engine, 'data/sample');
		const t2 = performance.now();
		await prepareDatabase(engine, icp);
		const t3 = performance.now();
		await engine.close();
		times.engineStart.push(t1 - t0);
		times.parquetLoad.push(t2 - t1);
		times.classify.push(t3 - t2);
	}
	return times;
}
