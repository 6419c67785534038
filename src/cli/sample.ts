// Writes the sample dataset: npx tsx src/cli/sample.ts [--out data/sample] [--seed N] [--scale X]
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, generateSample } from '../lib/sample/generateSample';
import { writeSample } from '../lib/sample/writeSample';

function numberOption(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined) return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value)) throw new Error(`--${name} expects a number, got "${raw}"`);
	return value;
}

const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string' }, scale: { type: 'string' } } });
const out = values.out ?? 'data/sample';
const seed = numberOption('seed', values.seed, DEFAULT_OPTIONS.seed);
const scale = numberOption('scale', values.scale, DEFAULT_OPTIONS.scale);

const started = performance.now();
const data = generateSample({ seed, scale });
const paths = await writeSample(out, data);
const { counts } = data.truth;
console.log(`Sample (seed ${seed}, scale ${scale}) in ${Math.round(performance.now() - started)} ms:`);
console.log(`  ${counts.accounts} accounts, ${counts.deals} deals, ${counts.revenue} revenue rows, ${counts.leads} leads`);
for (const path of paths) console.log(`  ${path} (${(statSync(path).size / 1024).toFixed(0)} KiB)`);
