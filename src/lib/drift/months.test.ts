import { describe, expect, it } from 'vitest';
import { addMonths, addMonthsToDate, daysBetween, isIsoDate, isMonthKey, lastDayOfMonth, monthRange, monthsBetween } from './months';

describe('month keys', () => {
	it('adds, counts and lists months across year ends', () => {
		expect(addMonths('2024-11', 3)).toBe('2025-02');
		expect(addMonths('2024-01', -1)).toBe('2023-12');
		expect(monthsBetween('2023-07', '2025-12')).toBe(29);
		expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
		expect(monthRange('2025-02', '2024-11')).toEqual([]);
	});

	it('knows month ends, leap years and clamps day-of-month', () => {
		expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
		expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
		expect(addMonthsToDate('2025-01-31', 1)).toBe('2025-02-28');
		expect(addMonthsToDate('2023-01-01', 3)).toBe('2023-04-01');
		expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
	});

	it('rejects what is not a month or a real date', () => {
		expect(isMonthKey('2025-13')).toBe(false);
		expect(isMonthKey('2025-1')).toBe(false);
		expect(isIsoDate('2023-02-30')).toBe(false);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(() => addMonths('2025/01', 1)).toThrow(/not a month/);
	});
});
