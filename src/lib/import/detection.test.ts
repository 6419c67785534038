import { describe, expect, it } from 'vitest';
import { splitRecords } from './csvRecords';
import { chooseLayout, uniqueColumnNames } from './dialect';
import { footerLike } from './footer';
import { headerSignature, normalizeHeader } from './headers';
import { classifyStage } from './stages';
import { detectKind } from './suggest';

describe('headers', () => {
	it('compares headers loosely: case, dashes, snake_case, camelCase', () => {
		expect(normalizeHeader('Deal – Won time')).toBe('deal won time');
		expect(normalizeHeader('Deal - Won time')).toBe('deal won time');
		expect(normalizeHeader('deal_won_time')).toBe('deal won time');
		expect(normalizeHeader('dealWonTime')).toBe('deal won time');
		expect(normalizeHeader('\uFEFFAssociated Company IDs (Primary)')).toBe('associated company ids primary');
		expect(normalizeHeader('HubSpot Owner')).toBe('hubspot owner');
	});

	it('gives one signature per header set, whatever the order or spelling', () => {
		const a = headerSignature(['Record ID', 'Deal Stage', 'Amount']);
		expect(headerSignature(['amount', 'deal_stage', 'record id'])).toBe(a);
		expect(headerSignature(['Record ID', 'Deal Stage'])).not.toBe(a);
		expect(a).toMatch(/^h3-[0-9a-f]{16}$/);
	});

	it('makes column names unique and non-empty', () => {
		expect(uniqueColumnNames(['Amount', '', 'amount', 'Amount'])).toEqual(['Amount', 'column2', 'amount (2)', 'Amount (3)']);
	});
});

describe('stages', () => {
	it.each([
		['Closed Won', 'won'],
		['closedwon', 'won'],
		['Won', 'won'],
		['won', 'won'],
		['Lost', 'lost'],
		['Closed Lost', 'lost'],
		['closedlost', 'lost'],
		['Closed - Disqualified', 'lost'],
		['Appointment Scheduled', 'open'],
		['Negotiation/Review', 'open'],
		['Id. Decision Makers', 'open'],
		['open', 'open'],
		['deleted', 'skip']
	])('%s → %s', (value, target) => expect(classifyStage(value)).toBe(target));
});

describe('kind detection', () => {
	it('recognises Pipedrive with hyphen and en-dash prefixes alike', () => {
		for (const dash of ['-', '–']) {
			const headers = ['ID', 'Title', 'Value', 'Currency', 'Organization', 'Status', 'Deal created', 'Won time', 'Lost time'].map((h) => `Deal ${dash} ${h}`);
			const { fit } = detectKind(headers, headers);
			expect(fit?.preset.id).toBe('pipedrive-deals');
			expect(fit?.columns).toEqual({
				deal_id: [`Deal ${dash} ID`],
				account_name: [`Deal ${dash} Organization`],
				stage: [`Deal ${dash} Status`],
				created_at: [`Deal ${dash} Deal created`],
				closed_at: [`Deal ${dash} Won time`, `Deal ${dash} Lost time`],
				amount: [`Deal ${dash} Value`],
				currency: [`Deal ${dash} Currency`]
			});
		}
	});

	it('maps generic snake_case, spaced and upper-case names', () => {
		for (const headers of [
			['deal_id', 'account_id', 'status', 'created_at', 'closed_at', 'amount'],
			['Deal ID', 'Account ID', 'Status', 'Created At', 'Closed At', 'Amount'],
			['DEAL_ID', 'ACCOUNT_ID', 'STATUS', 'CREATED_AT', 'CLOSED_AT', 'AMOUNT']
		]) {
			const { fit } = detectKind(headers, headers);
			expect(fit?.preset.id).toBe('generic-deals');
			expect(Object.keys(fit?.columns ?? {})).toEqual(['deal_id', 'account_id', 'stage', 'created_at', 'closed_at', 'amount']);
		}
	});

	it('tells accounts from deals from revenue from leads', () => {
		const kind = (h: string[]) => detectKind(h, h).fit?.kind ?? null;
		expect(kind(['Record ID', 'Company name', 'Industry', 'Number of Employees', 'Annual Revenue', 'Country/Region'])).toBe('accounts');
		expect(kind(['Opportunity ID', 'Account Name', 'Stage', 'Amount', 'Close Date', 'Created Date'])).toBe('deals');
		expect(kind(['account_id', 'month', 'mrr'])).toBe('revenue');
		expect(kind(['lead_id', 'account_id', 'campaign', 'channel', 'created_at', 'mql_at', 'sql_at', 'deal_id'])).toBe('leads');
	});

	it('says why a product list or a roster fits no kind', () => {
		expect(detectKind(['SKU', 'Product Name', 'Unit Price'], ['SKU', 'Product Name', 'Unit Price'])).toEqual({
			fit: null,
			reason: 'no column is an account, deal, revenue or lead field'
		});
		const roster = ['Name', 'Email', 'Role', 'Team'];
		expect(detectKind(roster, roster).reason).toBe(
			'not an accounts, deals, revenue or leads table: closest is accounts (has Name; lacks a company attribute column (industry, employees, annual revenue, country, region, funding stage or tech stack))'
		);
	});
});

describe('dialect fallback', () => {
	it('finds the header below a report preamble and ignores the footer', () => {
		const lines = ['Opportunity Report', 'Filtered By: Stage equals Closed Won, Closed Lost', null, 'Opportunity ID;Stage;Amount', 'O1;Won;"1,5"', 'O2;Lost;2', null, 'Grand Totals (2 records)'];
		const layout = chooseLayout(lines, null);
		expect(layout.dialect).toMatchObject({ delimiter: ';', headerLine: 4, sniffer: 'fallback', snifferNote: 'sniff_csv could not detect a dialect' });
		expect(layout.headers).toEqual(['Opportunity ID', 'Stage', 'Amount']);
		expect(layout.skip).toBe(3);
		expect(layout.preamble.map((r) => r.line)).toEqual([1, 2]);
	});

	it("keeps DuckDB's answer when it is consistent, and replaces a single-column one", () => {
		const lines = ['a\tb\tc', '1\t2\t3', '4\t5\t6'];
		const duck = { delimiter: '\t', quote: '"', escape: '', newline: '\\n', skipRows: 0, hasHeader: true };
		expect(chooseLayout(lines, duck).dialect).toMatchObject({ delimiter: '\t', escape: '"', sniffer: 'duckdb' });
		const single = { ...duck, delimiter: '|' };
		expect(chooseLayout(lines, single).dialect).toMatchObject({ delimiter: '\t', sniffer: 'fallback' });
	});

	it('splits quoted fields across lines and records their line span', () => {
		const records = splitRecords(['a,b', '1,"x', 'y ""z"""', '2,3'], { delimiter: ',', quote: '"', escape: '"' });
		expect(records.map((r) => [r.line, r.endLine, r.fields])).toEqual([
			[1, 1, ['a', 'b']],
			[2, 3, ['1', 'x\ny "z"']],
			[4, 4, ['2', '3']]
		]);
	});

	it('reads footers but not full data rows as footers', () => {
		expect(footerLike(['Grand Totals (25 records)', '', '', '$1,234.00', '', ''], 6)).toBe(true);
		expect(footerLike(['Confidential Information - Do Not Distribute'], 6)).toBe(true);
		expect(footerLike(['Total Wine & More', 'Retail'], 2)).toBe(false);
		expect(footerLike(['Acme', 'Won', '100', '2025-01-01', 'x', 'y'], 6)).toBe(false);
	});
});
