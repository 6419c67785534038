import { DateDay, Field, Float64, Int32, List, Table, Utf8, makeData, makeVector, tableToIPC, type Data, type Vector } from 'apache-arrow';
import type { AccountRow, DealRow, LeadRow, RevenueRow, SampleData } from './types';

export const SAMPLE_TABLES = ['accounts', 'deals', 'revenue', 'leads'] as const;
export type SampleTable = (typeof SAMPLE_TABLES)[number];

/*
 * Arrow buffers are filled directly rather than through vectorFromArray's builders: statistical
 * tests load hundreds of generated histories, and the builders took most of the load time.
 */

/** Validity bitmap (bit set = value present, least significant bit first). */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null) nullCount++;
		else nullBitmap[i >> 3] |= 1 << (i & 7);
	});
	return { nullBitmap, nullCount };
}

const encoder = new TextEncoder();

function utf8Data(values: readonly (string | null)[]): Data<Utf8> {
	const valueOffsets = new Int32Array(values.length + 1);
	let bytes = new Uint8Array(Math.max(64, values.length * 16));
	let end = 0;
	values.forEach((v, i) => {
		if (v !== null) {
			if (end + v.length * 3 > bytes.length) {
				const grown = new Uint8Array(Math.max(bytes.length * 2, end + v.length * 3));
				grown.set(bytes.subarray(0, end));
				bytes = grown;
			}
			end += encoder.encodeInto(v, bytes.subarray(end)).written;
		}
		valueOffsets[i + 1] = end;
	});
	return makeData({ type: new Utf8(), length: values.length, ...validity(values), valueOffsets, data: bytes.slice(0, end) });
}

const text = (values: (string | null)[]): Vector => makeVector(utf8Data(values));

const int32 = (values: (number | null)[]): Vector =>
	makeVector(makeData({ type: new Int32(), length: values.length, ...validity(values), data: Int32Array.from(values, (v) => v ?? 0) }));

const float64 = (values: (number | null)[]): Vector =>
	makeVector(makeData({ type: new Float64(), length: values.length, ...validity(values), data: Float64Array.from(values, (v) => v ?? 0) }));

const epochDays = new Map<string, number>();
/** Days since 1970-01-01 of a 'YYYY-MM-DD' calendar date (Arrow Date32). */
function epochDay(iso: string): number {
	let day = epochDays.get(iso);
	if (day === undefined) {
		day = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
		epochDays.set(iso, day);
	}
	return day;
}

const date = (values: (string | null)[]): Vector =>
	makeVector(makeData({ type: new DateDay(), length: values.length, ...validity(values), data: Int32Array.from(values, (v) => (v === null ? 0 : epochDay(v))) }));

function textList(values: (string[] | null)[]): Vector {
	const valueOffsets = new Int32Array(values.length + 1);
	const items: string[] = [];
	values.forEach((list, i) => {
		if (list !== null) items.push(...list);
		valueOffsets[i + 1] = items.length;
	});
	const type = new List(new Field('item', new Utf8(), true));
	return makeVector(makeData({ type, length: values.length, ...validity(values), valueOffsets, child: utf8Data(items) }));
}

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
