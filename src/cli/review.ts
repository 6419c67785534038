// The scheduled ICP check: npm run review -- --data <folder> [--icp <file>] [--format json|md]
//   [--log <review-log.json>] [--as-of YYYY-MM-DD]
// Prints the trigger table. Exit code 0 = nothing at review, 1 = a review is due, 2 = bad input.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openNodeEngine, nodeParquetCodec } from '../lib/db/node';
import { tableRows } from '../lib/db/rows';
import { driftReportMarkdown } from '../lib/drift/formatDriftReport';
import { isIsoDate } from '../lib/drift/months';
import { runDriftChecks } from '../lib/drift/queryDriftInputs';
import { parseReviewLog, type ReviewLog } from '../lib/drift/reviewLog';
import { installIcp } from '../lib/icp/installIcp';
import { loadExportFolder } from './loadExportFolder';

const USAGE = 'usage: npm run review -- --data <folder> [--icp <file>] [--format json|md] [--log <review-log.json>] [--as-of YYYY-MM-DD]';
const DEFAULT_ICP = new URL('../../data/icp.json', import.meta.url);

class BadInput extends Error {}

async function readText(path: string | URL, what: string): Promise<string> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		throw new BadInput(`cannot read the ${what} ${String(path)}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

function parseJson(text: string, what: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new BadInput(`the ${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
	}
}

interface Options {
	data: string;
	icp: string | URL;
	format: 'json' | 'md';
	log: string | null;
	asOf: string | undefined;
}

function readOptions(argv: string[]): Options {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: { data: { type: 'string' }, icp: { type: 'string' }, format: { type: 'string' }, log: { type: 'string' }, 'as-of': { type: 'string' } },
			strict: true,
			allowPositionals: false
		}));
	} catch (error) {
		throw new BadInput(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
	}
	if (!values.data) throw new BadInput(`--data <folder> is required\n${USAGE}`);
	const format = values.format ?? 'md';
	if (format !== 'json' && format !== 'md') throw new BadInput(`--format must be json or md, got "${format}"`);
	const asOf = values['as-of'];
	if (asOf !== undefined && !isIsoDate(asOf)) throw new BadInput(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
	return { data: values.data, icp: values.icp ?? DEFAULT_ICP, format, log: values.log ?? null, asOf };
}

async function main(argv: string[]): Promise<number> {
	const options = readOptions(argv);
	const folder = await stat(options.data).catch(() => null);
	if (!folder?.isDirectory()) throw new BadInput(`--data: "${options.data}" is not a folder`);
	const icpJson = parseJson(await readText(options.icp, 'ICP file'), 'ICP file');
	let log: ReviewLog | undefined;
	if (options.log !== null) {
		try {
			log = parseReviewLog(await readText(options.log, 'review log'));
		} catch (error) {
			throw error instanceof BadInput ? error : new BadInput(`${options.log}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	const engine = await openNodeEngine();
	try {
		const results = await loadExportFolder(engine, options.data, nodeParquetCodec());
		const failed = results.filter((r) => r.error);
		if (failed.length > 0) throw new BadInput(failed.map((r) => `${r.file}: ${r.error}`).join('\n'));
		for (const r of results) for (const warning of r.warnings) console.error(`${r.file}: ${warning}`);
		const [{ deals }] = tableRows<{ deals: number }>(await engine.query('SELECT count(*) AS deals FROM deals'));
		if (deals === 0) throw new BadInput(`no deals were loaded from ${options.data} (files: ${results.map((r) => `${r.file} → ${r.kind ?? 'ignored'}`).join(', ') || 'none'})`);
		let installed;
		try {
			installed = await installIcp(engine, icpJson);
		} catch (error) {
			throw new BadInput(`ICP file ${String(options.icp)}: ${error instanceof Error ? error.message : String(error)}`);
		}
		const report = await runDriftChecks(engine, { definition: installed.definition, log, asOf: options.asOf });
		console.log(options.format === 'json' ? JSON.stringify(report, null, 2) : driftReportMarkdown(report));
		return report.reviewDue ? 1 : 0;
	} finally {
		await engine.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof BadInput ? `review: ${error.message}` : error);
		process.exit(2);
	}
);
