import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../db/engine';
import { openNodeEngine } from '../db/node';
import { readImportFile, type ImportMapping, type ParsedFile } from '../import/index';
import { sourceOfFile } from '../import/testFiles';
import { describeFormat } from './describeFile';
import { mappingForKind, mappingForPreset, mappingGaps, presetChoices, sampleValues, stageTargets, withFieldColumn, withStageTarget } from './mappingEdits';
import { stageValuesOf } from './stageValues';

const FIXTURES = join(process.cwd(), 'tests/fixtures/exports');
let engine: Engine;
let deals: ParsedFile;
let companies: ParsedFile;

beforeAll(async () => {
	engine = await openNodeEngine();
	deals = await readImportFile(engine, await sourceOfFile(engine, join(FIXTURES, 'hubspot-deals.csv')));
	companies = await readImportFile(engine, await sourceOfFile(engine, join(FIXTURES, 'hubspot-companies.csv')));
});
afterAll(() => engine.close());

describe('mapping edits', () => {
	it('offers the presets that read the file as a kind, vendor first', () => {
		expect(presetChoices(deals, 'deals').map((p) => p.id)).toEqual(['hubspot-deals', 'generic-deals']);
		expect(presetChoices(deals, 'leads').map((p) => p.id)).toEqual(['generic-leads']);
		expect(mappingForKind(deals, 'deals')).toEqual({ ...deals.suggestion, stages: {} });
		expect(mappingForPreset(deals, 'generic-deals')?.columns.deal_id).toEqual(['Record ID']);
	});

	it('names what a kind the file does not fit still needs', () => {
		const asLeads = mappingForKind(deals, 'leads') as ImportMapping;
		expect(asLeads.columns.lead_id).toEqual(['Record ID']);
		expect(mappingGaps(asLeads)).toEqual(['a campaign, channel, MQL or SQL date column']);
		expect(mappingGaps(deals.suggestion as ImportMapping)).toEqual([]);
	});

	it('moves date formats and decimals with the column a field reads', () => {
		const suggestion = deals.suggestion as ImportMapping;
		const noClose = withFieldColumn(suggestion, 'closed_at', null, deals.profiles, deals.columns);
		expect(noClose.columns.closed_at).toBeUndefined();
		expect(noClose.dateFormats).toEqual({ 'Create Date': 'YYYY-MM-DD HH:mm' });
		const amountFromName = withFieldColumn(suggestion, 'amount', 'Deal Name', deals.profiles, deals.columns);
		expect(amountFromName.decimals).toEqual({ 'Deal Name': '.' });
		expect(mappingGaps(withFieldColumn(suggestion, 'deal_id', null, deals.profiles, deals.columns))).toEqual(['a deal id column']);
	});

	it('keeps an account table’s unmapped columns as attributes, including one a field no longer reads', () => {
		const mapping = withFieldColumn(companies.suggestion as ImportMapping, 'country', null, companies.profiles, companies.columns);
		expect(mapping.extraColumns).toMatchObject({ 'Country/Region': 'country_region', City: 'city' });
		expect(Object.keys(mapping.extraColumns)).not.toContain('Industry');
	});

	it('gives each stage value the mapping’s status, else the default rules', async () => {
		const values = await stageValuesOf(engine, deals.rawTable, 'Deal Stage');
		expect(values.map((v) => [v.value, v.rows])).toEqual([
			['Closed Won', 2],
			['Appointment Scheduled', 1],
			['Closed Lost', 1],
			['Contract Sent', 1],
			['Qualified To Buy', 1],
			['closedwon', 1]
		]);
		const edited = withStageTarget(deals.suggestion as ImportMapping, ' CONTRACT SENT ', 'lost');
		expect(stageTargets(values, edited).map((v) => v.target)).toEqual(['won', 'open', 'lost', 'lost', 'open', 'won']);
	});

	it('describes how the file was read and shows sample values per column', () => {
		expect(describeFormat(deals)).toBe('Text · UTF-8 · comma-separated · header on line 1 · 11 columns · 7 rows');
		expect(sampleValues(deals.profiles, 'Deal Stage').length).toBeGreaterThan(0);
		expect(sampleValues(deals.profiles, 'no such column')).toEqual([]);
	});
});
