import accountsUrl from '../../../data/sample/accounts.parquet?url';
import dealsUrl from '../../../data/sample/deals.parquet?url';
import leadsUrl from '../../../data/sample/leads.parquet?url';
import revenueUrl from '../../../data/sample/revenue.parquet?url';
import type { Engine, ParquetCodec } from '../db/engine';
import { loadSampleParquetFiles } from '../sample/loadSample';
import type { SampleTable } from '../sample/sampleArrow';
import { fetchWithProgress } from './fetchWithProgress';

const sampleUrls: Record<SampleTable, string> = { accounts: accountsUrl, deals: dealsUrl, revenue: revenueUrl, leads: leadsUrl };

export interface SampleLoadProgress {
	file: string;
	bytesLoaded: number;
	fileIndex: number;
	fileCount: number;
}

/** The bundled sample (data/sample/*.parquet, shipped with the app) into the canonical tables. */
export async function loadBundledSample(engine: Engine, codec: ParquetCodec, onProgress: (p: SampleLoadProgress) => void): Promise<void> {
	const entries = Object.entries(sampleUrls) as [SampleTable, string][];
	const files = {} as Record<SampleTable, Uint8Array>;
	for (const [fileIndex, [table, url]] of entries.entries()) {
		files[table] = await fetchWithProgress(url, (bytesLoaded) =>
			onProgress({ file: `${table}.parquet`, bytesLoaded, fileIndex, fileCount: entries.length })
		);
	}
	await loadSampleParquetFiles(engine, codec, files);
}
