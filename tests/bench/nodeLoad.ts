import icp from '../../data/icp.json';
import { openNodeEngine } from '../../src/lib/db/node';
import { prepareDatabase } from '../../src/lib/db/prepareDatabase';
import { queryOverview } from '../../src/lib/kpis/overview';
import { setReportFilter } from '../../src/lib/kpis/reportFilter';
import { loadSampleParquet } from '../../src/lib/sample/writeSample';

const OWNERS = ['Maya Chen', 'Jonas Becker', 'Priya Nair', "Liam O'Connor", 'Sofia Rossi'];

export interface NodeLoadTimes {
	engineStart: number[];
	parquetLoad: number[];
	classify: number[];
	/** setReportFilter (an owner, then All data) + queryOverview: the overview's SQL without a browser. */
	overviewOwner: number[];
	overviewAll: number[];
}

/** Node: start duckdb-wasm, decode the sample's Parquet with parquet-wasm into it, classify and define the views, run the overview. */
export async function measureNodeLoad(runs: number): Promise<NodeLoadTimes> {
	const times: NodeLoadTimes = { engineStart: [], parquetLoad: [], classify: [], overviewOwner: [], overviewAll: [] };
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const engine = await openNodeEngine();
		const t1 = performance.now();
		await loadSampleParquet(engine, 'data/sample');
		const t2 = performance.now();
		await prepareDatabase(engine, icp);
		const t3 = performance.now();
		await setReportFilter(engine, { owner: OWNERS[i % OWNERS.length] });
		await queryOverview(engine);
		const t4 = performance.now();
		await setReportFilter(engine, {});
		await queryOverview(engine);
		const t5 = performance.now();
		await engine.close();
		times.overviewOwner.push(t4 - t3);
		times.overviewAll.push(t5 - t4);
		times.engineStart.push(t1 - t0);
		times.parquetLoad.push(t2 - t1);
		times.classify.push(t3 - t2);
	}
	return times;
}
