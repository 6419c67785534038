const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Fills the `{{name}}` placeholders of a query whose shape depends on a column (a view or a column
 * name cannot be a bound parameter). Values must be SQL the caller built safely: identifiers through
 * sqlIdentifier, compiled SELECTs from compileIcpRules. Every placeholder must be given. Templates
 * must not name a placeholder in a comment: a value spanning lines would end the comment early.
 */
export function fillSqlTemplate(sql: string, values: Record<string, string>): string {
	return sql.replace(PLACEHOLDER, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`No value for {{${name}}} in the SQL template`);
		return value;
	});
}
