import { describe, expect, it } from 'vitest';
import { nodeArrowToIPC, nodeParquetCodec, openNodeEngine } from './node';
import { tableRows } from './rows';

describe('node engine', () => {
	it('binds parameters as values, never as SQL', async () => {
		const db = await openNodeEngine();
		const rows = tableRows(await db.query('SELECT ?::VARCHAR AS v, ?::INTEGER AS n', ["O'Reilly; DROP TABLE deals", 3]));
		expect(rows).toEqual([{ v: "O'Reilly; DROP TABLE deals", n: 3 }]);
		await db.close();
	});

	it('returns COUNT(*) as a plain number and round-trips Parquet offline', async () => {
		const db = await openNodeEngine();
		const codec = nodeParquetCodec();
		const source = await db.query("SELECT range::INTEGER AS i, ['a', 'b'] AS l, DATE '2024-01-31' AS d FROM range(1000)");
		const parquet = codec.arrowIPCToParquet(nodeArrowToIPC(source));
		await db.insertArrowIPC('t', codec.parquetToArrowIPC(parquet));
		const [row] = tableRows(await db.query('SELECT COUNT(*) AS n, SUM(i) AS s, any_value(l) AS l, max(d)::VARCHAR AS d FROM t'));
		expect(row).toEqual({ n: 1000, s: 499500, l: ['a', 'b'], d: '2024-01-31' });
		await db.close();
	});

	it('fails fast instead of downloading an extension', async () => {
		const db = await openNodeEngine();
		await expect(db.query("SELECT * FROM read_json('x.json')")).rejects.toThrow(/json/i);
		await db.close();
	});
});
