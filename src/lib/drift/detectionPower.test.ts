import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcpDefinition } from '../icp/parseIcpDefinition';
import { accountPicker } from '../sample/accountPicker';
import { generateAccounts } from '../sample/accounts';
import { generateDeals } from '../sample/deals';
import { generateSample } from '../sample/generateSample';
import { DEFAULT_OPTIONS, PLANTED, makePlan } from '../sample/plan';
import { stream } from '../sample/streams';
import type { SampleOptions } from '../sample/types';
import { triggerContext } from './context';
import { driftInputsReference, winRateInputsReference } from './driftInputsReference';
import { monthsBetween } from './months';
import { resolveDriftSettings } from './settings';
import { winRateTrigger } from './winRateTrigger';

/*
 * Detection power of the win-rate trigger: 200 seeded histories at the bundled sample's size with
 * the planted erosion (ICP win probability falling from 34% to 20% over 2025-07..2025-12). The
 * win-rate trigger only reads accounts and deals, so each history runs the first two stages of the
 * sample generator (the same functions and random streams generateSample uses; checked below).
 */
const parsed = parseIcpDefinition(JSON.parse(readFileSync(new URL('../../../data/icp.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error('data/icp.json does not parse');
const definition = parsed.definition;

const EROSION_START = '2025-07';
const EROSION_END = '2025-12';

function accountsAndDeals(options: SampleOptions) {
	const size = (n: number) => Math.max(1, Math.round(n * options.scale));
	const accounts = generateAccounts(stream(options.seed, 'accounts'), size(PLANTED.fullSize.accounts));
	const deals = generateDeals(
		{ shape: stream(options.seed, 'deals'), outcome: stream(options.seed, 'outcomes'), attributes: stream(options.seed, 'dealAttributes') },
		makePlan(options),
		accounts,
		accountPicker(accounts),
		size(PLANTED.fullSize.deals)
	);
	return { accounts: accounts.map((a) => a.row), deals: deals.map((d) => d.row) };
}

describe('win-rate trigger detection power', () => {
	it('uses the deals of generateSample itself (leads later stamp their campaign on deals)', () => {
		const options = { ...DEFAULT_OPTIONS, seed: 77, scale: 0.1 };
		const full = generateSample(options);
		const partial = accountsAndDeals(options);
		const withoutCampaign = <T extends { campaign: string | null }>(rows: T[]) => rows.map((row) => ({ ...row, campaign: null }));
		expect(withoutCampaign(partial.deals)).toEqual(withoutCampaign(full.deals));
		const reference = driftInputsReference(full, definition, 90);
		const fast = winRateInputsReference(partial, definition);
		expect(fast.span).toEqual(reference.span);
		expect(fast.winLoss).toEqual(reference.winLoss);
	});

	it('fires inside the erosion in at least 90% of 200 histories at the bundled size', () => {
		const started = performance.now();
		const settings = resolveDriftSettings();
		const delays: number[] = [];
		const early: string[] = [];
		const missed: number[] = [];
		const histories = 200;
		for (let i = 0; i < histories; i++) {
			const seed = 60_000 + i;
			const inputs = winRateInputsReference(accountsAndDeals({ ...DEFAULT_OPTIONS, seed, mixDrift: false }), definition);
			const result = winRateTrigger(inputs.winLoss, triggerContext(inputs.span, settings));
			const first = result.series.find((p) => p.status === 'review');
			if (!first) missed.push(seed);
			else if (first.month < EROSION_START) early.push(`seed ${seed}: ${first.month}`);
			else if (first.month <= EROSION_END) delays.push(monthsBetween(EROSION_START, first.month));
		}
		delays.sort((a, b) => a - b);
		const median = delays.length === 0 ? NaN : delays[Math.floor((delays.length - 1) / 2)];
		const spread = Object.entries(delays.reduce<Record<number, number>>((c, d) => ({ ...c, [d]: (c[d] ?? 0) + 1 }), {}))
			.map(([d, n]) => `${d} months: ${n}`)
			.join(', ');
		console.log(
			`Win-rate power over ${histories} eroded histories (${((performance.now() - started) / 1000).toFixed(0)} s): ` +
				`detected in the erosion ${delays.length} (${((100 * delays.length) / histories).toFixed(1)}%), before it ${early.length}, missed ${missed.length}; ` +
				`median delay ${median} months after ${EROSION_START} (${spread})${early.length ? `; early: ${early.join('; ')}` : ''}`
		);
		expect(delays.length / histories).toBeGreaterThanOrEqual(0.9);
	}, 600_000);
});
