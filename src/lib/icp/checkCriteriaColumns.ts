import { COLUMN_KIND_WORDS, OPS_BY_COLUMN_KIND, findColumn, type AccountColumn, type ColumnKind } from './accountColumns';
import { isIsoDate } from './parseIcpDefinition';
import type { IcpCriterion, IcpDefinition, IcpError } from './types';

const VALUE_WORDS: Partial<Record<ColumnKind, string>> = {
	text: 'texts',
	number: 'numbers',
	date: 'dates written YYYY-MM-DD',
	boolean: 'true or false',
	textList: 'texts'
};

function fitsColumn(kind: ColumnKind, value: unknown): boolean {
	switch (kind) {
		case 'text':
		case 'textList':
			return typeof value === 'string';
		case 'number':
			return typeof value === 'number';
		case 'date':
			return isIsoDate(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'other':
			return false;
	}
}

/** Levenshtein distance, for "did you mean" on a misspelt field. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

function suggestion(field: string, columns: readonly AccountColumn[]): string {
	const ranked = columns
		.map((c) => ({ name: c.name, distance: editDistance(field.toLowerCase(), c.name.toLowerCase()) }))
		.filter((c) => c.distance <= Math.max(2, Math.floor(field.length / 3)))
		.sort((x, y) => x.distance - y.distance);
	return ranked.length > 0 ? ` Did you mean "${ranked[0].name}"?` : '';
}

interface ColumnProblem {
	key: 'field' | 'op' | 'value';
	message: string;
}

function columnProblem(criterion: IcpCriterion, columns: readonly AccountColumn[]): ColumnProblem | null {
	const column = findColumn(columns, criterion.field);
	if (!column) {
		const available = columns.map((c) => c.name).join(', ');
		return { key: 'field', message: `unknown field "${criterion.field}".${suggestion(criterion.field, columns)} Available fields: ${available}.` };
	}
	const allowed = OPS_BY_COLUMN_KIND[column.kind];
	if (!allowed.includes(criterion.op)) {
		const hint = criterion.op === 'contains' ? ' contains is for list columns such as tech_stack.' : '';
		return { key: 'op', message: `op ${criterion.op} does not fit "${column.name}", ${COLUMN_KIND_WORDS[column.kind]} (${column.type}); ops for it: ${allowed.join(', ')}.${hint}` };
	}
	if (!('value' in criterion)) return null;
	const values: unknown[] = Array.isArray(criterion.value) ? criterion.value : [criterion.value];
	const bad = values.find((v) => !fitsColumn(column.kind, v));
	if (bad === undefined) return null;
	return {
		key: 'value',
		message: `"${column.name}" is ${COLUMN_KIND_WORDS[column.kind]} (${column.type}), so ${criterion.op} needs ${VALUE_WORDS[column.kind]}; got ${JSON.stringify(bad)}.`
	};
}

/** Checks every criterion against the accounts columns: the field exists, the op fits its type, the values have its type. */
export function checkCriteriaColumns(definition: IcpDefinition, columns: readonly AccountColumn[]): IcpError[] {
	const errors: IcpError[] = [];
	definition.versions.forEach((version, i) => {
		version.criteria.forEach((criterion, j) => {
			const problem = columnProblem(criterion, columns);
			if (!problem) return;
			errors.push({
				path: `/versions/${i}/criteria/${j}/${problem.key}`,
				version: version.version,
				criterion: criterion.name,
				message: `Criterion "${criterion.name}" (version ${version.version}): ${problem.message}`
			});
		});
	});
	return errors;
}
