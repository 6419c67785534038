import { DateDay, Field, Float64, Int32, List, Table, Utf8, tableToIPC, vectorFromArray, type Vector } from 'apache-arrow';
import type { AccountRow, DealRow, LeadRow, RevenueRow, SampleData } from './types';

export const SAMPLE_TABLES = ['accounts', 'deals', 'revenue', 'leads'] as const;
export type SampleTable = (typeof SAMPLE_TABLES)[number];

const text = (values: (string | null)[]) => vectorFromArray(values, new Utf8());
const int32 = (values: (number | null)[]) => vectorFromArray(values, new Int32());
const float64 = (values: (number | null)[]) => vectorFromArray(values, new Float64());
/** 'YYYY-MM-DD' parses as UTC midnight, so the Date32 day is the calendar date. */
const date = (values: (string | null)[]) => vectorFromArray(values.map((v) => (v === null ? null : new Date(v))), new DateDay());
const textList = (values: (string[] | null)[]) => vectorFromArray(values, new List(new Field('item', new Utf8(), true)));

function table<Row>(rows: Row[], columns: Record<string, (rows: Row[]) => Vector>): Table {
	return new Table(Object.fromEntries(Object.entries(columns).map(([name, build]) => [name, build(rows)])));
}

/**
 * The four tables as Arrow, typed like canonical_tables.sql (DATE → Date32, VARCHAR[] → List<Utf8>,
 * INTEGER → Int32, DOUBLE → Float64) in its column order; accounts end with the extra `ownership`.
 */
export function sampleArrowTables(data: SampleData): Record<SampleTable, Table> {
	return {
		accounts: table<AccountRow>(data.accounts, {
			account_id: (r) => text(r.map((x) => x.account_id)),
			name: (r) => text(r.map((x) => x.name)),
			industry: (r) => text(r.map((x) => x.industry)),
			employees: (r) => int32(r.map((x) => x.employees)),
			annual_revenue: (r) => float64(r.map((x) => x.annual_revenue)),
			country: (r) => text(r.map((x) => x.country)),
			region: (r) => text(r.map((x) => x.region)),
			funding_stage: (r) => text(r.map((x) => x.funding_stage)),
			tech_stack: (r) => textList(r.map((x) => x.tech_stack)),
			created_at: (r) => date(r.map((x) => x.created_at)),
			ownership: (r) => text(r.map((x) => x.ownership))
		}),
		deals: table<DealRow>(data.deals, {
			deal_id: (r) => text(r.map((x) => x.deal_id)),
			account_id: (r) => text(r.map((x) => x.account_id)),
			created_at: (r) => date(r.map((x) => x.created_at)),
			closed_at: (r) => date(r.map((x) => x.closed_at)),
			status: (r) => text(r.map((x) => x.status)),
			amount: (r) => float64(r.map((x) => x.amount)),
			currency: (r) => text(r.map((x) => x.currency)),
			campaign: (r) => text(r.map((x) => x.campaign)),
			owner: (r) => text(r.map((x) => x.owner))
		}),
		revenue: table<RevenueRow>(data.revenue, {
			account_id: (r) => text(r.map((x) => x.account_id)),
			month: (r) => date(r.map((x) => x.month)),
			mrr: (r) => float64(r.map((x) => x.mrr))
		}),
		leads: table<LeadRow>(data.leads, {
			lead_id: (r) => text(r.map((x) => x.lead_id)),
			account_id: (r) => text(r.map((x) => x.account_id)),
			campaign: (r) => text(r.map((x) => x.campaign)),
			channel: (r) => text(r.map((x) => x.channel)),
			created_at: (r) => date(r.map((x) => x.created_at)),
			mql_at: (r) => date(r.map((x) => x.mql_at)),
			sql_at: (r) => date(r.map((x) => x.sql_at)),
			deal_id: (r) => text(r.map((x) => x.deal_id))
		})
	};
}

/** Arrow IPC streams of the four tables, ready for Engine.insertArrowIPC or the Parquet codec. */
export function sampleArrowIPC(data: SampleData): Record<SampleTable, Uint8Array> {
	const tables = sampleArrowTables(data);
	return Object.fromEntries(SAMPLE_TABLES.map((name) => [name, tableToIPC(tables[name], 'stream')])) as Record<SampleTable, Uint8Array>;
}
