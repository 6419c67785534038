import type { CanonicalField, TableKind } from './types';

/**
 * Header aliases per vendor export layout. Aliases are compared after normalizeHeader, listed in
 * order of preference: the first one present maps the field, except for `coalesce` fields where all
 * present ones are read in order (Pipedrive's close date is in "Deal closed on", "Won time" or
 * "Lost time"). A vendor preset applies when `recognizes` accepts the headers (raw, and normalized);
 * fields it leaves unmapped are filled from the generic preset of the same kind.
 */
export interface Preset {
	id: string;
	vendor: string;
	kind: TableKind;
	recognizes: (raw: readonly string[], normalized: ReadonlySet<string>) => boolean;
	fields: Partial<Record<CanonicalField, string[]>>;
	coalesce?: CanonicalField[];
}

/** Pipedrive prefixes every exported header with its entity: "Deal - Value", "Deal – Won time". */
const PIPEDRIVE_DEAL = /^deal\s*[-–—]\s/i;
const PIPEDRIVE_ORGANIZATION = /^organi[sz]ation\s*[-–—]\s/i;

const CREATED = ['created at', 'created', 'create date', 'created date', 'created on', 'creation date', 'date created', 'add time', 'opened at', 'open date'];
const ACCOUNT_ID = ['account id', 'company id', 'customer id', 'organization id', 'org id', 'account number'];
const ACCOUNT_NAME = ['account name', 'company name', 'company', 'account', 'organization', 'organization name', 'customer', 'customer name'];

export const GENERIC_PRESETS: Record<TableKind, Preset> = {
	accounts: {
		id: 'generic-accounts',
		vendor: 'generic',
		kind: 'accounts',
		recognizes: () => true,
		fields: {
			account_id: [...ACCOUNT_ID, 'id', 'record id'],
			name: ['name', ...ACCOUNT_NAME],
			industry: ['industry', 'sector', 'vertical'],
			employees: ['employees', 'employee count', 'number of employees', 'num employees', 'headcount', 'company size', 'size'],
			annual_revenue: ['annual revenue', 'revenue', 'yearly revenue', 'annual revenue usd'],
			country: ['country', 'country region', 'hq country', 'billing country'],
			region: ['region', 'geo', 'sales region', 'market'],
			funding_stage: ['funding stage', 'funding round', 'last funding round', 'funding'],
			tech_stack: ['tech stack', 'technologies', 'technology', 'web technologies', 'stack'],
			created_at: CREATED
		}
	},
	deals: {
		id: 'generic-deals',
		vendor: 'generic',
		kind: 'deals',
		recognizes: () => true,
		fields: {
			deal_id: ['deal id', 'opportunity id', 'opp id', 'id', 'record id', 'deal name', 'opportunity name', 'deal', 'opportunity', 'title'],
			account_id: ACCOUNT_ID,
			account_name: ACCOUNT_NAME,
			stage: ['status', 'stage', 'deal stage', 'deal status', 'opportunity stage', 'outcome', 'result'],
			created_at: CREATED,
			closed_at: ['closed at', 'close date', 'closed date', 'closed on', 'date closed', 'won date'],
			amount: ['amount', 'value', 'deal value', 'deal amount', 'deal size', 'acv', 'contract value', 'total contract value'],
			currency: ['currency', 'currency code', 'deal currency'],
			campaign: ['campaign', 'source', 'lead source', 'deal source', 'utm campaign', 'primary campaign source'],
			owner: ['owner', 'deal owner', 'opportunity owner', 'sales rep', 'rep', 'account executive']
		}
	},
	revenue: {
		id: 'generic-revenue',
		vendor: 'generic',
		kind: 'revenue',
		recognizes: () => true,
		fields: {
			account_id: [...ACCOUNT_ID, 'id'],
			account_name: ACCOUNT_NAME,
			month: ['month', 'billing month', 'invoice month', 'period', 'revenue month', 'date'],
			mrr: ['mrr', 'monthly recurring revenue', 'mrr amount', 'recurring revenue']
		}
	},
	leads: {
		id: 'generic-leads',
		vendor: 'generic',
		kind: 'leads',
		recognizes: () => true,
		fields: {
			lead_id: ['lead id', 'contact id', 'id', 'record id'],
			account_id: ACCOUNT_ID,
			account_name: ACCOUNT_NAME,
			campaign: ['campaign', 'utm campaign', 'campaign name', 'lead source', 'source'],
			channel: ['channel', 'source', 'lead source', 'original source', 'utm medium', 'medium'],
			created_at: CREATED,
			mql_at: ['mql at', 'mql date', 'became mql', 'marketing qualified date', 'became a marketing qualified lead date'],
			sql_at: ['sql at', 'sql date', 'became sql', 'sales qualified date', 'became a sales qualified lead date'],
			deal_id: ['deal id', 'opportunity id', 'converted opportunity id', 'associated deal ids', 'associated deal id']
		}
	}
};

export const VENDOR_PRESETS: readonly Preset[] = [
	{
		id: 'hubspot-deals',
		vendor: 'HubSpot',
		kind: 'deals',
		recognizes: (_, h) => h.has('record id') && (h.has('deal stage') || h.has('deal name')),
		fields: {
			deal_id: ['record id', 'deal id'],
			account_id: ['associated company ids primary', 'associated company id primary', 'associated company ids', 'associated company id'],
			account_name: ['associated company primary', 'associated company', 'associated company name'],
			stage: ['deal stage'],
			created_at: ['create date'],
			closed_at: ['close date'],
			amount: ['amount', 'amount in company currency'],
			currency: ['currency', 'deal currency code', 'currency code'],
			campaign: ['original traffic source', 'original source type', 'original source', 'campaign'],
			owner: ['deal owner', 'hubspot owner']
		}
	},
	{
		id: 'hubspot-companies',
		vendor: 'HubSpot',
		kind: 'accounts',
		recognizes: (_, h) => h.has('record id') && (h.has('company name') || h.has('company domain name')),
		fields: {
			account_id: ['record id', 'company id'],
			name: ['company name', 'name'],
			industry: ['industry'],
			employees: ['number of employees'],
			annual_revenue: ['annual revenue'],
			country: ['country region', 'country'],
			tech_stack: ['web technologies', 'technologies'],
			created_at: ['create date']
		}
	},
	{
		id: 'hubspot-contacts',
		vendor: 'HubSpot',
		kind: 'leads',
		recognizes: (_, h) => h.has('record id') && (h.has('lifecycle stage') || h.has('became a marketing qualified lead date')),
		fields: {
			lead_id: ['record id', 'contact id'],
			account_id: ['associated company ids primary', 'associated company id', 'company id'],
			account_name: ['associated company primary', 'company name'],
			campaign: ['first conversion', 'recent conversion', 'campaign'],
			channel: ['original source', 'original traffic source'],
			created_at: ['create date'],
			mql_at: ['became a marketing qualified lead date'],
			sql_at: ['became a sales qualified lead date'],
			deal_id: ['associated deal ids', 'associated deal id']
		}
	},
	{
		id: 'salesforce-opportunities',
		vendor: 'Salesforce',
		kind: 'deals',
		recognizes: (_, h) => h.has('opportunity id') || h.has('opportunity name') || h.has('opportunity owner'),
		fields: {
			deal_id: ['opportunity id', 'opportunity 18 digit id', 'opportunity name'],
			account_id: ['account id', 'account 18 digit id'],
			account_name: ['account name'],
			stage: ['stage', 'opportunity stage'],
			created_at: ['created date', 'create date'],
			closed_at: ['close date'],
			amount: ['amount', 'amount converted', 'total price'],
			currency: ['opportunity currency', 'amount currency', 'currency'],
			campaign: ['primary campaign source', 'lead source', 'campaign name'],
			owner: ['opportunity owner', 'owner name']
		}
	},
	{
		id: 'salesforce-accounts',
		vendor: 'Salesforce',
		kind: 'accounts',
		recognizes: (_, h) => h.has('account name') && (h.has('account owner') || h.has('billing country') || h.has('billing state province')),
		fields: {
			account_id: ['account id', 'account 18 digit id'],
			name: ['account name'],
			industry: ['industry'],
			employees: ['employees'],
			annual_revenue: ['annual revenue'],
			country: ['billing country', 'shipping country'],
			created_at: ['created date']
		}
	},
	{
		id: 'salesforce-leads',
		vendor: 'Salesforce',
		kind: 'leads',
		recognizes: (_, h) => h.has('lead status') || (h.has('lead id') && h.has('lead source')),
		fields: {
			lead_id: ['lead id'],
			account_id: ['converted account id', 'account id'],
			account_name: ['company account', 'company', 'converted account'],
			campaign: ['campaign name', 'lead source'],
			channel: ['lead source'],
			created_at: ['create date', 'created date'],
			deal_id: ['converted opportunity id', 'opportunity id']
		}
	},
	{
		id: 'pipedrive-deals',
		vendor: 'Pipedrive',
		kind: 'deals',
		recognizes: (raw) => raw.some((r) => PIPEDRIVE_DEAL.test(r)),
		fields: {
			deal_id: ['deal id'],
			account_id: ['deal organization id', 'organization id'],
			account_name: ['deal organization', 'organization name', 'deal organization name'],
			stage: ['deal status', 'deal stage'],
			created_at: ['deal deal created', 'deal created', 'deal add time'],
			closed_at: ['deal deal closed on', 'deal won time', 'deal lost time', 'deal closed on'],
			amount: ['deal value'],
			currency: ['deal currency', 'deal currency of value'],
			campaign: ['deal source', 'deal source channel', 'deal campaign'],
			owner: ['deal owner']
		},
		coalesce: ['closed_at']
	},
	{
		id: 'pipedrive-organizations',
		vendor: 'Pipedrive',
		kind: 'accounts',
		recognizes: (raw) => raw.some((r) => PIPEDRIVE_ORGANIZATION.test(r)),
		fields: {
			account_id: ['organization id'],
			name: ['organization name'],
			industry: ['organization industry'],
			employees: ['organization number of employees', 'organization employees'],
			annual_revenue: ['organization annual revenue'],
			country: ['organization country', 'organization address country'],
			created_at: ['organization organization created', 'organization add time']
		}
	}
];

export const PRESETS: readonly Preset[] = [...VENDOR_PRESETS, ...Object.values(GENERIC_PRESETS)];
