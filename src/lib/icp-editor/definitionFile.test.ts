import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import { definitionFileName, definitionToJson, readDefinitionFile, sameDefinition } from './definitionFile';

const bundledText = readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8');
const parsed = parseIcpDefinition(JSON.parse(bundledText));
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const bundled = parsed.definition;

describe('definition files', () => {
	it('writes a definition that reads back as the same definition, keys in the order of data/icp.json', () => {
		const text = definitionToJson(bundled);
		const read = readDefinitionFile(text, 'icp.json');
		expect(read).toEqual({ ok: true, definition: bundled });
		expect(Object.keys(JSON.parse(text).versions[1].criteria[3])).toEqual(['name', 'field', 'op', 'value', 'kind', 'weight']);
		expect(Object.keys(JSON.parse(text).versions[1].criteria[0])).toEqual(['name', 'field', 'op', 'value', 'kind']);
		expect(JSON.parse(text)).toEqual(JSON.parse(bundledText));
	});

	it('reports broken JSON and invalid definitions with the file name, and reads a file with a byte-order mark', () => {
		const broken = readDefinitionFile('{"name": "x",', 'mine.json');
		expect(broken.ok).toBe(false);
		if (!broken.ok) expect(broken.errors[0].message).toMatch(/^mine\.json is not valid JSON: /);
		const invalid = readDefinitionFile(JSON.stringify({ name: 'x', versions: [] }), 'mine.json');
		expect(invalid.ok).toBe(false);
		if (!invalid.ok) expect(invalid.errors).toEqual([{ path: '/versions', message: 'mine.json: "versions" must be a non-empty list of versions; got [].' }]);
		expect(readDefinitionFile(`\uFEFF${bundledText}`, 'bom.json').ok).toBe(true);
	});

	it('names the download after the definition', () => {
		expect(definitionFileName(bundled)).toBe('icp-mid-market-software-buyers.json');
		expect(definitionFileName({ ...bundled, name: 'Café / Ünïcode <script>' })).toBe('icp-cafe-unicode-script.json');
		expect(definitionFileName({ ...bundled, name: '東京' })).toBe('icp-definition.json');
	});

	it('tells equal definitions from different ones regardless of key order', () => {
		const reordered = JSON.parse(JSON.stringify({ versions: bundled.versions, tiers: bundled.tiers, name: bundled.name, description: bundled.description }));
		expect(sameDefinition(bundled, reordered)).toBe(true);
		expect(sameDefinition(bundled, { ...bundled, tiers: { A: 71, B: 40 } })).toBe(false);
	});
});
