import { findColumn, type AccountColumn } from './accountColumns';
import { checkCriteriaColumns } from './checkCriteriaColumns';
import { sqlBoolean, sqlDate, sqlDouble, sqlIdentifier, sqlString } from './sqlLiterals';
import { IcpDefinitionError, type CriterionKind, type IcpCriterion, type IcpDefinition, type IcpVersion, type Scalar } from './types';

/*
 * Values are written into the view as escaped literals rather than kept in a side table read through
 * bound parameters: a view cannot hold parameters, and a self-contained SELECT can be checked (does a
 * version match any account?) before anything is installed, with no staging tables. Safety rests on
 * sqlLiterals.ts: text goes through sqlString (quotes doubled, the only escape in DuckDB's standard
 * literals), numbers must be finite and are printed exactly, dates must match YYYY-MM-DD, and field
 * names come from DESCRIBE accounts, double-quoted. Criterion names and versions are literals too.
 */

export interface CompiledIcp {
	/** SELECT account_id, version, score, tier, is_icp, matched, failed — one row per account × version. */
	selectSql: string;
	/** CREATE OR REPLACE VIEW account_fit AS <selectSql>. Needs the icp_norm and icp_num macros. */
	viewSql: string;
}

const lit = (value: Scalar): string =>
	typeof value === 'number' ? sqlDouble(value) : typeof value === 'boolean' ? sqlBoolean(value) : sqlString(value);

/** The SQL boolean for "the criterion's condition holds", NULL when the attribute is missing. */
function conditionSql(criterion: IcpCriterion, column: AccountColumn): string {
	const col = `a.${sqlIdentifier(column.name)}`;
	switch (column.kind) {
		case 'text': {
			const attr = column.type.toUpperCase() === 'VARCHAR' ? `icp_norm(${col})` : `icp_norm(CAST(${col} AS VARCHAR))`;
			return compareSql(criterion, attr, (v) => `icp_norm(${sqlString(v as string)})`);
		}
		case 'number':
			return compareSql(criterion, `icp_num(${col})`, (v) => sqlDouble(v as number));
		case 'date': {
			const attr = column.type.toUpperCase() === 'DATE' ? col : `CAST(${col} AS DATE)`;
			return compareSql(criterion, attr, (v) => sqlDate(v as string));
		}
		case 'boolean':
			return compareSql(criterion, col, lit);
		case 'textList':
			if (criterion.op === 'contains') {
				const wanted = criterion.value.map((v) => `icp_norm(${sqlString(v)})`).join(', ');
				return `list_has_any(list_transform(${col}, lambda x: icp_norm(x)), [${wanted}])`;
			}
			return compareSql(criterion, col, lit);
		case 'other':
			return compareSql(criterion, col, lit);
	}
}

function compareSql(criterion: IcpCriterion, attr: string, literal: (v: Scalar) => string): string {
	switch (criterion.op) {
		case 'in':
			return `${attr} IN (${criterion.value.map(literal).join(', ')})`;
		case 'notIn':
			return `${attr} NOT IN (${criterion.value.map(literal).join(', ')})`;
		case 'eq':
			return `${attr} = ${literal(criterion.value)}`;
		case 'between':
			return `${attr} BETWEEN ${literal(criterion.value[0])} AND ${literal(criterion.value[1])}`;
		case 'gte':
			return `${attr} >= ${literal(criterion.value)}`;
		case 'lte':
			return `${attr} <= ${literal(criterion.value)}`;
		case 'isNull':
			return `${attr} IS NULL`;
		case 'notNull':
			return `${attr} IS NOT NULL`;
		case 'contains':
			throw new Error(`contains applies to list columns only (criterion "${criterion.name}")`);
	}
}

/**
 * One scan of accounts per version: a column c<i> per criterion (its condition, missing → false),
 * then the version's verdicts from those columns. Weights are added in definition order, as the
 * reference evaluator adds them.
 */
function versionSql(version: IcpVersion, v: number, columns: readonly AccountColumn[]): string {
	const conditions = version.criteria.map((criterion, i) => {
		const column = findColumn(columns, criterion.field) as AccountColumn;
		return `\t\tcoalesce(${conditionSql(criterion, column)}, false) AS c${i}`;
	});
	const indexed = version.criteria.map((criterion, i) => ({ criterion, c: `c${i}` }));
	const of = (kind: CriterionKind) => indexed.filter((x) => x.criterion.kind === kind).map((x) => x.c);
	const musts = of('must');
	const excludes = of('exclude');
	const nice = indexed.flatMap(({ criterion, c }) => (criterion.kind === 'nice' ? [{ weight: criterion.weight, c }] : []));
	let niceTotal = 0;
	for (const { weight } of nice) niceTotal += weight;
	const matchedWeight = nice.map(({ weight, c }) => `CASE WHEN ${c} THEN ${sqlDouble(weight)} ELSE 0 END`);
	const score = nice.length === 0 ? '100.0' : `round(100 * (${matchedWeight.join(' + ')}) / ${sqlDouble(niceTotal)}, 6)`;
	const names = (inFavour: boolean) =>
		indexed.map(({ criterion, c }) => `CASE WHEN ${(criterion.kind === 'exclude') === inFavour ? `NOT ${c}` : c} THEN ${sqlString(criterion.name)} END`);
	return `version_${v} AS (
	SELECT
		a.account_id,
${conditions.join(',\n')}
	FROM accounts a
),
fit_${v} AS (
	SELECT
		account_id,
		${sqlString(version.version)} AS version,
		${musts.length > 0 ? musts.join(' AND ') : 'true'} AS musts_hold,
		${excludes.length > 0 ? excludes.join(' OR ') : 'false'} AS excluded,
		${score} AS score,
		list_filter([${names(true).join(', ')}], lambda name: name IS NOT NULL) AS matched,
		list_filter([${names(false).join(', ')}], lambda name: name IS NOT NULL) AS failed
	FROM version_${v}
)`;
}

/**
 * Compiles a parsed definition into the account_fit view for the given accounts columns. Throws
 * IcpDefinitionError when a criterion does not fit the columns (see checkCriteriaColumns).
 */
export function compileIcpRules(definition: IcpDefinition, columns: readonly AccountColumn[]): CompiledIcp {
	const errors = checkCriteriaColumns(definition, columns);
	if (errors.length > 0) throw new IcpDefinitionError(errors);

	const perVersion = definition.versions.map((version, v) => versionSql(version, v, columns));
	const { A, B } = definition.tiers;
	const selectSql = `WITH ${perVersion.join(',\n')},
fits AS (
${definition.versions.map((_, v) => `\tSELECT account_id, version, musts_hold, excluded, score, matched, failed FROM fit_${v}`).join('\n\tUNION ALL\n')}
),
tiered AS (
	SELECT *, CASE
		WHEN NOT musts_hold OR excluded THEN 'out'
		WHEN score >= ${sqlDouble(A)} THEN 'A'
		WHEN score >= ${sqlDouble(B)} THEN 'B'
		ELSE 'C'
	END AS tier
	FROM fits
)
SELECT account_id, version, score, tier, tier IN ('A', 'B') AS is_icp, matched, failed
FROM tiered`;

	const header = [
		'-- account_fit: one row per account × ICP version, compiled from the installed definition by compileIcpRules.',
		'-- A criterion holds when its condition is true (a missing attribute never satisfies a value condition).',
		'-- score = 100 × (weight of the nice criteria that hold) / (weight of all nice criteria), rounded to 6 decimals; 100 without nice criteria.',
		`-- tier = 'out' when a must fails or an exclude holds, else A (score ≥ ${A}), B (≥ ${B}), C. is_icp = tier A or B.`,
		'-- matched = criteria counting for the account (must/nice that hold, exclude that does not), failed = the rest.'
	].join('\n');
	return { selectSql, viewSql: `${header}\nCREATE OR REPLACE VIEW account_fit AS\n${selectSql};\n` };
}
