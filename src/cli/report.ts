// The KPIs of a folder of exports, outside the browser, through the app's importer and SQL:
//   npm run report -- --data <folder> [--icp <file>] [--from YYYY-MM] [--to YYYY-MM] [--format json|md]
// Exit code 0 = printed, 2 = bad input (the message says what).
import { parseArgs } from 'node:util';
import { setReportFilter } from '../lib/kpis/reportFilter';
import { buildReport } from '../lib/report/buildReport';
import { reportMarkdown } from '../lib/report/reportMarkdown';
import { BadInput, DEFAULT_ICP, fileAccounting, loadFolderWithIcp } from './commandInput';

const USAGE = 'usage: npm run report -- --data <folder> [--icp <file>] [--from YYYY-MM] [--to YYYY-MM] [--format json|md]';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function readOptions(argv: string[]) {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: { data: { type: 'string' }, icp: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } },
			strict: true
		}));
	} catch (error) {
		throw new BadInput(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
	}
	if (!values.data) throw new BadInput(`--data <folder> is required\n${USAGE}`);
	for (const key of ['from', 'to'] as const) {
		const value = values[key];
		if (value !== undefined && !MONTH.test(value)) throw new BadInput(`--${key} must be a month YYYY-MM, got "${value}"`);
	}
	const format = values.format ?? 'json';
	if (format !== 'json' && format !== 'md') throw new BadInput(`--format must be json or md, got "${format}"`);
	return { data: values.data, icp: values.icp ?? DEFAULT_ICP, from: values.from ?? null, to: values.to ?? null, format };
}

async function main(): Promise<number> {
	const options = readOptions(process.argv.slice(2));
	const { engine, icp, files } = await loadFolderWithIcp(options.data, options.icp);
	await setReportFilter(engine, { fromMonth: options.from, toMonth: options.to });
	const report = await buildReport(engine, icp, fileAccounting(files));
	process.stdout.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportMarkdown(report));
	await engine.close();
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		process.stderr.write(`report: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(error instanceof BadInput ? 2 : 3);
	}
);
