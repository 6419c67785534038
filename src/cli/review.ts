// The scheduled ICP check: npm run review -- --data <folder> [--icp <file>] [--format json|md]
//   [--log <review-log.json>] [--as-of YYYY-MM-DD]
// Prints the trigger table. Exit code 0 = nothing at review, 1 = a review is due, 2 = bad input.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { driftReportMarkdown } from '../lib/drift/formatDriftReport';
import { isIsoDate } from '../lib/drift/months';
import { runDriftChecks } from '../lib/drift/queryDriftInputs';
import { parseReviewLog, type ReviewLog } from '../lib/drift/reviewLog';
import { BadInput, DEFAULT_ICP, loadFolderWithIcp } from './commandInput';

const USAGE = 'usage: npm run review -- --data <folder> [--icp <file>] [--format json|md] [--log <review-log.json>] [--as-of YYYY-MM-DD]';

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
	let log: ReviewLog | undefined;
	if (options.log !== null) {
		try {
			log = parseReviewLog(await readFile(options.log, 'utf8'));
		} catch (error) {
			throw new BadInput(`review log ${options.log}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	const { engine, icp } = await loadFolderWithIcp(options.data, options.icp);
	try {
		const report = await runDriftChecks(engine, { definition: icp.definition, log, asOf: options.asOf });
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
