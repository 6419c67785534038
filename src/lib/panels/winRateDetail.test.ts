import { describe, expect, it } from 'vitest';
import type { WinRateMonth, WinRatePeriod, WinRateTier } from '../kpis/winRate';
import { amountWinRateByMonthOption } from './amountWinRateByMonthOption';
import { seriesOf, tooltipOf, winGroup } from './panelFixtures';
import { tableCsv } from './tableModel';
import { winRateByTierOption } from './winRateByTierOption';
import { winRateHeadline } from './winRateHeadline';
import { winRatePeriodTable, winRateTierTable } from './winRateTables';

const months: WinRateMonth[] = [
	{ month: '2025-01', icp: winGroup(20, 30, { won: 300_000, lost: 100_000, priced: 45, missing: 5 }), nonIcp: winGroup(10, 40), unknown: winGroup(0, 0) },
	{ month: '2025-02', icp: winGroup(5, 5, { priced: 10 }), nonIcp: winGroup(12, 38, { priced: 20 }), unknown: winGroup(1, 1) }
];

describe('amountWinRateByMonthOption', () => {
	const option = amountWinRateByMonthOption(months, 30);

	it('draws won ÷ closed amount where a group has min_sample priced deals, with no band (a ratio of sums)', () => {
		expect(seriesOf(option, 'ICP').data).toEqual([0.75, null]);
		expect(seriesOf(option, 'Non-ICP').data).toEqual([0.2, null]);
		expect(seriesOf(option, 'ICP interval').data).toEqual([null, null]);
	});

	it('puts the amounts, n and the deals without amount in the tooltip', () => {
		const html = tooltipOf(option)([{ dataIndex: 0 }]);
		expect(html).toContain('<b>75.0%</b> · $300,000 won / $100,000 lost · n = 45 · 5 without amount');
		expect(tooltipOf(option)([{ dataIndex: 1 }])).toContain('not enough data');
	});
});

const tiers: WinRateTier[] = [
	{ tier: 'out', ...winGroup(30, 170) },
	{ tier: 'A', ...winGroup(40, 60) },
	{ tier: 'unknown', ...winGroup(2, 8) },
	{ tier: 'B', ...winGroup(15, 35) }
];

describe('winRateByTierOption', () => {
	const option = winRateByTierOption(tiers, '95%');

	it('orders tiers A, B, …, out, unknown and leaves tiers under min_sample without bar or whisker', () => {
		expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['Tier A\nn = 100', 'Tier B\nn = 50', 'Out\nn = 200', 'Unknown account\nn = 10\n(not enough data)']);
		expect((seriesOf(option, 'value').data as { value: number | null }[]).map((d) => d.value)).toEqual([0.4, 0.3, 0.15, null]);
		const whiskers = seriesOf(option, 'interval').data as (number | string)[][];
		expect(whiskers[0][2]).toBe(0.4);
		expect(whiskers[0][0]).toBeLessThan(0.4);
		expect(whiskers[3]).toEqual(['-', '-', '-', '-', '-']);
	});
});

const period: WinRatePeriod = {
	from: '2025-01',
	to: '2025-12',
	icp: winGroup(30, 70),
	nonIcp: winGroup(15, 85),
	unknown: winGroup(1, 4),
	advantage: { diff: 0.15, low: 0.03, high: 0.26, p: 0.012, method: 'z' },
	enoughData: true
};

describe('win-rate tables and headline', () => {
	it('period table: counts, rate and interval on screen, interval ends as numbers in the CSV, small n flagged', () => {
		const table = winRatePeriodTable(period, '95%');
		const csv = tableCsv(table);
		expect(csv.columns).toEqual(['group', 'won', 'lost', 'n', 'win_rate', 'ci_low', 'ci_high', 'amount_win_rate', 'won_amount', 'lost_amount', 'missing_amount']);
		expect(csv.rows[0].slice(0, 5)).toEqual(['ICP', 30, 70, 100, 0.3]);
		expect(table.rows[2][4].text).toBe('20.0% (small n)');
		expect(table.rows[0][5].text).toMatch(/^\d+\.\d% to \d+\.\d%$/);
	});

	it('tier table keeps the money columns in the CSV only', () => {
		const table = winRateTierTable(tiers, '95%');
		expect(table.columns.filter((c) => c.only !== 'csv').map((c) => c.key)).not.toContain('won_amount');
		expect(tableCsv(table).columns).toContain('won_amount');
	});

	it('headline: rates with n and interval, the advantage with interval, p-value and method', () => {
		const [icp, nonIcp, advantage] = winRateHeadline(period, '95%');
		expect(icp).toMatchObject({ value: '30.0%', enoughData: true });
		expect(icp.detail).toMatch(/^n = 100 closed deals · 95% CI/);
		expect(nonIcp.value).toBe('15.0%');
		expect(advantage).toMatchObject({ value: '+15.0 pts', tone: 'good', detail: '95% CI +3.0 pts to +26.0 pts · p = 0.012, two-proportion z-test' });
	});
});
