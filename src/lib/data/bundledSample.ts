import accountsUrl from '../../../data/sample/accounts.parquet?url';
import dealsUrl from '../../../data/sample/deals.parquet?url';
import leadsUrl from '../../../data/sample/leads.parquet?url';
import revenueUrl from '../../../data/sample/revenue.parquet?url';
import type { Engine, ParquetCodec } from '$lib/db/engine';
import { fetchWithProgress } from './fetchWithProgress';

const sampleFiles = [
	{ table: 'accounts', url: accountsUrl },
	{ table: 'deals', url: dealsUrl },
	{ table: 'revenue', url: revenueUrl },
	{ table: 'leads', url: leadsUrl }
] as const;

export interface SampleLoadProgress {
	file: string;
	bytesLoaded: number;
	fileIndex: number;
	fileCount: number;
}

/** The bundled sample (data/sample/*.parquet, shipped with the app) into the canonical tables. */
export async function loadBundledSample(
	engine: Engine,
	codec: ParquetCodec,
	onProgress: (p: SampleLoadProgress) => void
): Promise<void> {
	for (const [fileIndex, { table, url }] of sampleFiles.entries()) {
		const bytes = await fetchWithProgress(url, (bytesLoaded) =>
			onProgress({ file: `${table}.parquet`, bytesLoaded, fileIndex, fileCount: sampleFiles.length })
		);
		await engine.insertArrowIPC(table, codec.parquetToArrowIPC(bytes));
	}
}
