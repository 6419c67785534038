// inspect <file> [--json] [--out normalized.csv] [--rejects rejects.csv]
// How the import pipeline reads one file: encoding, dialect, header, skipped lines, column types
// and date formats, the suggested mapping, the row accounting and the first rows. --out writes the
// parsed table exactly as loaded (RFC 4180, UTF-8, CRLF, header first); --rejects the rejected rows.
import { createWriteStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { once } from 'node:events';
import { nodeParquetCodec, openNodeEngine } from '../lib/db/node';
import { ImportError, rawTableCsv, rejectedRowsCsv } from '../lib/import/index';
import { formatInspectReport, inspectSource } from '../lib/import/inspectReport';

interface Args {
	file: string;
	json: boolean;
	out: string | null;
	rejects: string | null;
}

function parseArgs(argv: string[]): Args {
	const args: Args = { file: '', json: false, out: null, rejects: null };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--json') args.json = true;
		else if (a === '--out' || a === '--rejects') {
			const value = argv[++i];
			if (!value) throw new Error(`${a} needs a file name`);
			args[a === '--out' ? 'out' : 'rejects'] = value;
		} else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
		else args.file = a;
	}
	if (!args.file) throw new Error('usage: inspect <file> [--json] [--out normalized.csv] [--rejects rejects.csv]');
	return args;
}

async function main(): Promise<void> {
	const args = parseArgs(process.argv.slice(2));
	const bytes = new Uint8Array(await readFile(args.file));
	const engine = await openNodeEngine();
	try {
		const name = basename(args.file);
		await engine.registerFileBuffer(name, bytes);
		const source = { name, head: bytes.subarray(0, 65536), size: bytes.length, exportedAt: (await stat(args.file)).mtimeMs, readAll: async () => bytes };
		const { report, parsed, rejectsTable } = await inspectSource(engine, source, nodeParquetCodec());
		process.stdout.write((args.json ? JSON.stringify(report, null, 2) : formatInspectReport(report)) + '\n');
		if (args.out) {
			const stream = createWriteStream(args.out, { encoding: 'utf8' });
			const rows = await rawTableCsv(engine, parsed, async (chunk) => {
				if (!stream.write(chunk)) await once(stream, 'drain');
			});
			stream.end();
			await once(stream, 'finish');
			process.stderr.write(`wrote ${rows} rows to ${args.out}\n`);
		}
		if (args.rejects) await writeFile(args.rejects, await rejectedRowsCsv(engine, { rejectsTable }), 'utf8');
	} finally {
		await engine.close();
	}
}

main().catch((e: unknown) => {
	process.stderr.write(`${e instanceof ImportError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
	process.exitCode = 1;
});
