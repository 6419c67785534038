import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import defaultIcp from '../../../data/icp.json';
import type { Engine } from '../db/engine';
import { nodeParquetCodec, openNodeEngine } from '../db/node';
import { prepareDatabase } from '../db/prepareDatabase';
import { tableRows } from '../db/rows';
import { ensureImportSchema, loadImports, type ImportMapping } from '../import/index';
import { tableAsText } from '../import/testFiles';
import { loadSampleParquet } from '../sample/writeSample';
import { summarize } from './accounting';
import { ImportCancelled, cancellableEngine } from './cancellableEngine';
import type { FileRegistry, IntakeFile } from './fileIntake';
import { withStageTarget } from './mappingEdits';
import { dropImportTables, keepTablesOf, readForReview, resetCanonicalTables, type DatasetFile, type Reviewed } from './loadFiles';
import { prepareForData, tableCounts } from './prepareForData';
import { loadSnapshots, type Snapshot } from './snapshots';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const codec = nodeParquetCodec();

function fixture(path: string, lastModified = 1_750_000_000_000): IntakeFile {
	const bytes = readFileSync(join(FIXTURES, path));
	return { name: path.split('/').pop() as string, lastModified, blob: new Blob([bytes]) };
}

let engine: Engine;
const registered = new Set<string>();
const registry: FileRegistry = {
	async register(name, file) {
		registered.add(name);
		await engine.registerFileBuffer(name, new Uint8Array(await file.blob.arrayBuffer()));
	},
	async release(name) {
		registered.delete(name);
	}
};

/** The Data page's path: read each file for review, take the user's mapping, load them together. */
async function importReviewed(files: IntakeFile[], edit: (file: string, mapping: ImportMapping) => ImportMapping = (_, m) => m) {
	const reviewed: Reviewed[] = [];
	for (const f of files) reviewed.push(await readForReview(engine, registry, f, { codec }));
	const items = reviewed.flatMap((r) => (r.parsed ? [{ parsed: r.parsed, mapping: r.parsed.suggestion && edit(r.parsed.file, r.parsed.suggestion) }] : []));
	const results = await loadImports(engine, items);
	const stored: DatasetFile[] = items.map((item) => ({ ...(files.find((f) => f.name === item.parsed.file) as IntakeFile), mapping: item.mapping }));
	return { results, stored };
}

const snapshotOf = (id: string, createdAt: number, files: DatasetFile[], results: Parameters<typeof summarize>[0][]): Snapshot => ({ id, createdAt, files, results: results.map(summarize) });

async function allTables() {
	return {
		accounts: await tableAsText(engine, 'accounts', 'account_id'),
		deals: await tableAsText(engine, 'deals', 'deal_id'),
		leads: await tableAsText(engine, 'leads', 'lead_id'),
		revenue: await tableAsText(engine, 'revenue', 'account_id, month')
	};
}

beforeAll(async () => {
	engine = await openNodeEngine();
	await ensureImportSchema(engine);
});
afterAll(() => engine.close());
beforeEach(async () => {
	await resetCanonicalTables(engine);
	await dropImportTables(engine, () => false);
});

describe('snapshots', () => {
	it('rebuild the very tables and accounting the reviewed import made, with the edited mapping', async () => {
		const files = [fixture('exports/hubspot-companies.csv'), fixture('exports/hubspot-deals.csv')];
		const { results, stored } = await importReviewed(files, (file, m) => (file === 'hubspot-deals.csv' ? withStageTarget(m, 'Contract Sent', 'lost') : m));
		expect(results.map((r) => [r.file, r.kind, r.read, r.loaded, r.rejected, r.superseded])).toEqual([
			['hubspot-companies.csv', 'accounts', 6, 5, 1, 1],
			['hubspot-deals.csv', 'deals', 7, 7, 0, 1]
		]);
		const before = await allTables();
		expect(before.deals.find((d) => d.deal_id === '18004')).toMatchObject({ status: 'lost', closed_at: '2025-08-15' });

		await resetCanonicalTables(engine);
		expect(await tableCounts(engine)).toEqual({ accounts: 0, deals: 0, revenue: 0, leads: 0 });
		const rebuilt = await loadSnapshots(engine, registry, [snapshotOf('s1', 1, stored, results)], { codec });
		expect(await allTables()).toEqual(before);
		expect(rebuilt.get('s1')?.map(summarize)).toEqual(results.map(summarize));
		expect(registered.size).toBe(0);
	});

	it('apply later snapshots over earlier ones: the later export of a deal wins', async () => {
		const first = await importReviewed([fixture('exports/hubspot-companies.csv'), fixture('exports/hubspot-deals.csv')]);
		const later = await importReviewed([fixture('exports/hubspot-deals.csv', 1_760_000_000_000)], (_, m) => withStageTarget(m, 'Contract Sent', 'lost'));
		const incremental = await allTables();
		expect(incremental.deals.find((d) => d.deal_id === '18004')?.status).toBe('lost');

		await resetCanonicalTables(engine);
		const snapshots = [snapshotOf('later', 20, later.stored, later.results), snapshotOf('first', 10, first.stored, first.results)];
		const rebuilt = await loadSnapshots(engine, registry, snapshots, { codec });
		expect(await allTables()).toEqual(incremental);
		expect([...rebuilt.keys()]).toEqual(['first', 'later']);
	});

	it('keep loading the other files when a stored file can no longer be read', async () => {
		const { results, stored } = await importReviewed([fixture('exports/hubspot-companies.csv')]);
		const broken: DatasetFile = { ...fixture('bad/empty.csv'), mapping: null };
		await resetCanonicalTables(engine);
		const rebuilt = await loadSnapshots(engine, registry, [snapshotOf('s', 1, [broken, ...stored], results)], { codec });
		expect(rebuilt.get('s')?.map((r) => [r.file, r.kind, r.loaded, r.error ?? null])).toEqual([
			['empty.csv', null, 0, 'empty.csv: the file is empty (0 bytes)'],
			['hubspot-companies.csv', 'accounts', 5, null]
		]);
		expect((await tableCounts(engine)).accounts).toBe(4);
	});

	it('drop what an import left behind but keep the rejects still offered for download', async () => {
		const { results } = await importReviewed([fixture('exports/hubspot-companies.csv')]);
		const inReview = await readForReview(engine, registry, fixture('exports/hubspot-deals.csv'), { codec });
		const leftover = await readForReview(engine, registry, fixture('exports/pipedrive-deals.csv'), { codec });
		const tables = async () => tableRows(await engine.query(`SELECT table_name AS name FROM information_schema.tables WHERE starts_with(table_name, '__import_')`)).map((r) => String(r.name));
		expect((await tables()).filter((t) => t.startsWith(`${leftover.parsed?.internal.id}_`)).length).toBeGreaterThan(0);
		const parsed = inReview.parsed as NonNullable<Reviewed['parsed']>;
		await dropImportTables(engine, keepTablesOf([parsed], [results[0].rejectsTable]));
		const left = await tables();
		expect(left).toContain(results[0].rejectsTable);
		expect(left).toContain(parsed.rawTable);
		expect(left.every((t) => t === results[0].rejectsTable || t.startsWith(`${parsed.internal.id}_`))).toBe(true);
		const [{ n }] = tableRows(await engine.query(`SELECT count(*) AS n FROM "${parsed.rawTable}"`));
		expect(n).toBe(7);
	});
});

describe('cancelling', () => {
	it('stops an import before its next statement once the signal is aborted', async () => {
		const controller = new AbortController();
		let statements = 0;
		const counting: Engine = { ...engine, query: (...args) => (statements++, engine.query(...args)), exec: (sql) => (statements++, engine.exec(sql)) };
		const guarded = cancellableEngine(counting, controller.signal);
		const reading = readForReview(guarded, registry, fixture('exports/hubspot-deals.csv'), {
			codec,
			signal: controller.signal,
			onProgress: (event) => {
				if (event.phase === 'read') controller.abort();
			}
		});
		await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
		const afterCancel = statements;
		await expect(guarded.query('SELECT 1')).rejects.toBeInstanceOf(ImportCancelled);
		expect(statements).toBe(afterCancel);
	});
});

describe('preparing imported data', () => {
	it('reports why the ICP does not fit the import, and leaves no classification of the previous data', async () => {
		await loadSampleParquet(engine, 'data/sample');
		await prepareDatabase(engine, defaultIcp);
		expect(tableRows(await engine.query('SELECT count(*) AS n FROM deals_classified'))[0].n).toBeGreaterThan(1000);

		await resetCanonicalTables(engine);
		await importReviewed([fixture('exports/hubspot-companies.csv'), fixture('exports/hubspot-deals.csv')]);
		const errors = await prepareForData(engine, defaultIcp);
		expect(errors.map((e) => e.message).join('\n')).toMatch(/unknown field "ownership"/);
		await expect(engine.query('SELECT count(*) FROM deals_classified')).rejects.toThrow(/deals_classified/);
		await expect(engine.query('SELECT count(*) FROM customers_in_scope')).rejects.toThrow(/customers_in_scope/);
		expect(tableRows(await engine.query(`SELECT icp_norm('  Computer Software ') AS v`))[0].v).toBe('computer software');

		const fitting = {
			name: 'Software buyers',
			versions: [{ version: '1', effectiveFrom: '2020-01-01', criteria: [{ name: 'Software', field: 'industry', op: 'in', value: ['Computer Software'], kind: 'must' }] }]
		};
		expect(await prepareForData(engine, fitting)).toEqual([]);
		const icp = tableRows(await engine.query('SELECT deal_id, is_icp FROM deals_classified ORDER BY deal_id'));
		expect(icp.filter((d) => d.is_icp).map((d) => d.deal_id)).toEqual(['18001', '18004']);
	});
});
