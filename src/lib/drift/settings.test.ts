import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIFT_SETTINGS, DriftSettingsError, resolveDriftSettings, type DriftSettingsInput } from './settings';

describe('resolveDriftSettings', () => {
	it('lays overrides over the defaults, leaving the rest alone', () => {
		const s = resolveDriftSettings({ winRate: { floor: 0.05 }, reference: { from: '2024-01', to: '2024-12' } });
		expect(s.winRate.floor).toBe(0.05);
		expect(s.winRate.windowMonths).toBe(DEFAULT_DRIFT_SETTINGS.winRate.windowMonths);
		expect(s.reference).toEqual({ from: '2024-01', to: '2024-12' });
		expect(s.mix).toEqual(DEFAULT_DRIFT_SETTINGS.mix);
		expect(resolveDriftSettings()).toEqual(DEFAULT_DRIFT_SETTINGS);
	});

	it('lists every invalid value with its path', () => {
		try {
			resolveDriftSettings({ confidence: 1.5, winRate: { windowMonths: 0 }, reference: { from: '2024-12', to: '2024-01' }, mix: { psiReview: 0.05 } });
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(DriftSettingsError);
			const problems = (error as DriftSettingsError).problems.join('\n');
			expect(problems).toMatch(/^confidence:/m);
			expect(problems).toMatch(/^winRate\.windowMonths:/m);
			expect(problems).toMatch(/^reference: "from" \(2024-12\) is after "to"/m);
			expect(problems).toMatch(/^mix\.psiReview:/m);
		}
	});
});

describe('DriftSettingsInput', () => {
	it('accepts a full settings object (what the settings form holds)', () => {
		const full: DriftSettingsInput = DEFAULT_DRIFT_SETTINGS;
		expect(resolveDriftSettings(full)).toEqual(DEFAULT_DRIFT_SETTINGS);
	});
});
