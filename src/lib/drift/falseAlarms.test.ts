import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import { generateSample } from '../sample/generateSample';
import { driftInputsReference } from './driftInputsReference';
import { evaluateDrift } from './evaluateDrift';
import { DEFAULT_DRIFT_SETTINGS } from './settings';
import { TRIGGER_IDS, type TriggerId } from './types';

/*
 * False alarms: 200 seeded histories from the sample generator with a stable ICP (advantage on,
 * erosion and mix drift off), at four sizes from 5% of the bundled data (≈ 2,000 deals) to its
 * full size. A history counts as a false alarm for a trigger if the trigger is at review in any
 * of its 36 months. The aggregates come from the plain-TypeScript reference, which driftSql.test.ts
 * checks equals the SQL. Staleness is left out: it depends on dates, not on noise.
 */
const parsed = parseIcpDefinition(JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const definition = parsed.definition;

const SIZES = [
	{ scale: 0.05, histories: 80 },
	{ scale: 0.1, histories: 50 },
	{ scale: 0.25, histories: 40 },
	{ scale: 1, histories: 30 }
];
const STATISTICAL = TRIGGER_IDS.filter((id) => id !== 'staleness');
const MAX_RATE = 0.05;

describe('false alarms with a stable ICP advantage', () => {
	it('keeps every trigger at review in at most 5% of 200 histories', () => {
		const started = performance.now();
		const alarms = new Map<TriggerId, { total: number; byScale: number[]; examples: string[] }>(STATISTICAL.map((id) => [id, { total: 0, byScale: SIZES.map(() => 0), examples: [] }]));
		let histories = 0;
		SIZES.forEach(({ scale, histories: count }, sizeIndex) => {
			for (let i = 0; i < count; i++) {
				const seed = 40_000 + sizeIndex * 1000 + i;
				const data = generateSample({ seed, scale, erosion: false, mixDrift: false });
				const report = evaluateDrift(driftInputsReference(data, definition, DEFAULT_DRIFT_SETTINGS.conversion.conversionDays), { definition });
				histories++;
				for (const t of report.triggers) {
					const tally = alarms.get(t.id);
					const first = t.series.find((p) => p.status === 'review');
					if (!tally || !first) continue;
					tally.total++;
					tally.byScale[sizeIndex]++;
					tally.examples.push(`seed ${seed} @${scale}: ${first.month}`);
				}
			}
		});
		const header = `trigger               rate   ${SIZES.map((s) => `×${s.scale} (n=${s.histories})`).join('  ')}`;
		const lines = [...alarms].map(([id, t]) => `${id.padEnd(20)} ${((100 * t.total) / histories).toFixed(1).padStart(4)}%   ${t.byScale.map((c, i) => String(c).padStart(`×${SIZES[i].scale} (n=${SIZES[i].histories})`.length)).join('  ')}`);
		console.log(`Review-level false alarms over ${histories} histories (${((performance.now() - started) / 1000).toFixed(0)} s):\n${header}\n${lines.join('\n')}`);
		for (const [id, t] of alarms) if (t.examples.length > 0) console.log(`${id}: ${t.examples.join('; ')}`);
		expect(histories).toBe(200);
		for (const [id, t] of alarms) expect({ id, rate: t.total / histories }).toEqual({ id, rate: expect.toSatisfy((r: number) => r <= MAX_RATE) });
	}, 600_000);
});
