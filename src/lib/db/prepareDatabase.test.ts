import { beforeAll, describe, expect, it } from 'vitest';
import icp from '../../../data/icp.json';
import { generateSample } from '../sample/generateSample';
import { loadSampleIntoEngine } from '../sample/loadSample';
import type { Engine } from './engine';
import { openNodeEngine } from './node';
import { prepareDatabase } from './prepareDatabase';
import { tableRows } from './rows';

let engine: Engine;
const tierCounts = async () =>
	Object.fromEntries(tableRows<{ tier: string; n: number }>(await engine.query('SELECT tier, count(*) AS n FROM accounts_classified GROUP BY tier')).map((r) => [r.tier, r.n]));

beforeAll(async () => {
	engine = await openNodeEngine();
	await loadSampleIntoEngine(engine, generateSample({ scale: 0.1 }));
});

describe('prepareDatabase', () => {
	it('freezes the classification as tables and can be run again with another definition', async () => {
		await prepareDatabase(engine, icp);
		const kinds = tableRows<{ table_name: string; table_type: string }>(
			await engine.query("SELECT table_name, table_type FROM information_schema.tables WHERE table_name IN ('account_fit', 'deals_classified')")
		);
		expect(kinds.map((k) => k.table_type)).toEqual(['BASE TABLE', 'BASE TABLE']);
		const before = await tierCounts();
		await prepareDatabase(engine, icp, { classifyBy: '1' });
		expect(await tierCounts()).not.toEqual(before);
		await prepareDatabase(engine, icp);
		expect(await tierCounts()).toEqual(before);
	});

	it('rejects a definition that does not fit the data and keeps the current classification', async () => {
		await prepareDatabase(engine, icp);
		const before = await tierCounts();
		const broken = { ...icp, versions: [{ version: '9', effectiveFrom: '2020-01-01', criteria: [{ name: 'Bad', field: 'no_such_column', op: 'eq', value: 'x', kind: 'must' }] }] };
		await expect(prepareDatabase(engine, broken)).rejects.toThrow(/Bad.*no_such_column|no_such_column.*Bad/s);
		expect(await tierCounts()).toEqual(before);
	});
});
