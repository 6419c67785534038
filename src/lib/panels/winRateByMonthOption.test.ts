import { describe, expect, it } from 'vitest';
import type { WinRateGroup, WinRateMonth } from '../kpis/winRate';
import { winRateByMonthOption } from './winRateByMonthOption';

function group(won: number, lost: number, enoughData = true): WinRateGroup {
	const n = won + lost;
	return { x: won, n, rate: n ? won / n : null, low: 0.1, high: 0.5, enoughData, won, lost, wonAmount: 0, lostAmount: 0, amountN: 0, amountRate: null, missingAmount: 0 };
}

const months: WinRateMonth[] = [
	{ month: '2025-01', icp: group(30, 60), nonIcp: group(15, 85), unknown: group(0, 0, false) },
	{ month: '2025-02', icp: group(2, 3, false), nonIcp: group(16, 84), unknown: group(0, 0, false) }
];

type Series = { name: string; data: (number | null)[] };

describe('winRateByMonthOption', () => {
	const option = winRateByMonthOption(months) as { series: Series[]; tooltip: { formatter: (p: { axisValue: string }[]) => string } };
	const series = (name: string) => option.series.find((s) => s.name === name)!;

	it('draws the rate, and the band as low plus height, leaving months without enough data empty', () => {
		expect(series('ICP').data).toEqual([30 / 90, null]);
		expect(series('Non-ICP').data).toEqual([15 / 100, 16 / 100]);
		expect(series('ICP low').data).toEqual([0.1, null]);
		expect(series('ICP interval').data).toEqual([0.4, null]);
	});

	it('puts counts in the tooltip and says when a month has too few deals', () => {
		const html = option.tooltip.formatter([{ axisValue: '2025-02' }]);
		expect(html).toContain('2 won / 3 lost');
		expect(html).toContain('not enough data');
		expect(html).toContain('16 won / 84 lost');
	});
});
