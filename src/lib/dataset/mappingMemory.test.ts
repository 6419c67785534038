import { describe, expect, it } from 'vitest';
import { headerSignature, type ImportMapping } from '../import/index';
import { adaptMapping, MappingMemory, type KeyValueStore } from './mappingMemory';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const deals: ImportMapping = {
	kind: 'deals',
	preset: 'hubspot-deals',
	columns: { deal_id: ['Record ID'], stage: ['Deal Stage'], created_at: ['Create Date'], closed_at: ['Close Date'], amount: ['Amount'] },
	dateFormats: { 'Create Date': 'YYYY-MM-DD HH:mm', 'Close Date': 'YYYY-MM-DD HH:mm' },
	decimals: { Amount: '.' },
	stages: { 'contract sent': 'lost' },
	defaultCurrency: 'EUR',
	extraColumns: {}
};

describe('mapping memory', () => {
	it('gives back the mapping confirmed for the same header set, in any order and spelling', () => {
		const memory = new MappingMemory(memoryStore());
		const march = ['Record ID', 'Deal Stage', 'Create Date', 'Close Date', 'Amount'];
		memory.remember(headerSignature(march), deals, 'deals-march.csv', 1_700_000_000_000);
		const april = ['amount', 'close_date', 'create_date', 'deal_stage', 'record_id'];
		expect(headerSignature(april)).toBe(headerSignature(march));
		expect(memory.recall(headerSignature(april))).toEqual({ mapping: deals, file: 'deals-march.csv', confirmedAt: 1_700_000_000_000 });
		expect(memory.recall(headerSignature([...march, 'Pipeline']))).toBeNull();
	});

	it('survives a new instance over the same storage, and forgets on request', () => {
		const store = memoryStore();
		new MappingMemory(store).remember('h5-abc', deals, 'deals.csv');
		const again = new MappingMemory(store);
		expect(again.recall('h5-abc')?.mapping.stages).toEqual({ 'contract sent': 'lost' });
		again.forget('h5-abc');
		expect(new MappingMemory(store).recall('h5-abc')).toBeNull();
	});

	it('ignores stored text that is not valid JSON or not a mapping', () => {
		const store = memoryStore();
		store.setItem('icp-pulse:import-mappings', '{not json');
		expect(new MappingMemory(store).recall('x')).toBeNull();
		store.setItem('icp-pulse:import-mappings', JSON.stringify({ x: { mapping: { kind: 'deals', columns: { nope: ['A'] } }, file: 'f', confirmedAt: 1 } }));
		expect(new MappingMemory(store).recall('x')).toBeNull();
	});
});

describe('adaptMapping', () => {
	it('renames every column the mapping names to how this file spells it', () => {
		const adapted = adaptMapping(deals, ['record_id', 'deal_stage', 'create_date', 'close_date', 'amount']);
		expect(adapted).toEqual({
			...deals,
			columns: { deal_id: ['record_id'], stage: ['deal_stage'], created_at: ['create_date'], closed_at: ['close_date'], amount: ['amount'] },
			dateFormats: { create_date: 'YYYY-MM-DD HH:mm', close_date: 'YYYY-MM-DD HH:mm' },
			decimals: { amount: '.' }
		});
	});

	it('refuses when a column the mapping needs is not in the file', () => {
		expect(adaptMapping(deals, ['Record ID', 'Deal Stage', 'Create Date', 'Amount'])).toBeNull();
	});
});
