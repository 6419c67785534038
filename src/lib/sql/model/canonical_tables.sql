-- The canonical data model (docs/data-model.md). Every import, the sample data and the report
-- command land rows in these four tables; every view reads only from them.
-- accounts may carry extra columns beyond these (kept as attributes for ICP criteria).
CREATE TABLE IF NOT EXISTS accounts (
	account_id VARCHAR NOT NULL,
	name VARCHAR,
	industry VARCHAR,
	employees INTEGER,
	annual_revenue DOUBLE,
	country VARCHAR,
	region VARCHAR,
	funding_stage VARCHAR,
	tech_stack VARCHAR[],
	created_at DATE
);

CREATE TABLE IF NOT EXISTS deals (
	deal_id VARCHAR NOT NULL,
	account_id VARCHAR,
	created_at DATE NOT NULL,
	closed_at DATE,
	status VARCHAR NOT NULL, -- 'won' | 'lost' | 'open'
	amount DOUBLE,
	currency VARCHAR,
	campaign VARCHAR,
	owner VARCHAR
);

CREATE TABLE IF NOT EXISTS revenue (
	account_id VARCHAR NOT NULL,
	month DATE NOT NULL, -- first day of the month
	mrr DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS leads (
	lead_id VARCHAR NOT NULL,
	account_id VARCHAR,
	campaign VARCHAR,
	channel VARCHAR,
	created_at DATE NOT NULL,
	mql_at DATE,
	sql_at DATE,
	deal_id VARCHAR
);
