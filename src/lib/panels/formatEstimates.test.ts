import { describe, expect, it } from 'vitest';
import { confidenceLabel, formatDayDifference, formatDays, formatInterval, formatMoneyCompact, formatMoneyDifference, methodName } from './formatEstimates';

describe('formatEstimates', () => {
	it('formats intervals with "to" so negative ends read clearly, and a dash when an end is unknown', () => {
		expect(formatInterval(0.289, 0.3126)).toBe('28.9% to 31.3%');
		expect(formatInterval(null, 0.3)).toBe('–');
	});
	it('formats days, signed day differences and money', () => {
		expect(formatDays(42)).toBe('42 d');
		expect(formatDays(null)).toBe('–');
		expect(formatDayDifference(-35)).toBe('−35 d');
		expect(formatDayDifference(2.25)).toBe('+2.3 d');
		expect(formatMoneyDifference(-1500)).toBe('−$1,500');
		expect(formatMoneyCompact(16_084)).toBe('$16.1k');
		expect(formatMoneyCompact(1_250_000)).toBe('$1.3M');
		expect(formatMoneyCompact(0)).toBe('$0');
	});
	it('names the confidence level and the test', () => {
		expect(confidenceLabel(0.95)).toBe('95%');
		expect(confidenceLabel(0.995)).toBe('99.5%');
		expect(methodName('fisher')).toBe("Fisher's exact test");
		expect(methodName(null)).toBe('–');
	});
});
