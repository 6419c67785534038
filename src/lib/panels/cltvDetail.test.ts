import { describe, expect, it } from 'vitest';
import type { CltvFigures, CltvResult, CltvSurvivalFigures } from '../kpis/cltv';
import { cltvHeadline } from './cltvHeadline';
import { historicalCltvOption, predictiveCltvOption } from './cltvOptions';
import { cltvAdvantageTable, cltvTable, cltvTables, historicalCltvCsv } from './cltvTables';
import { rate, seriesOf, tooltipOf } from './panelFixtures';
import { tableCsv } from './tableModel';

function figures(customers: number, arpa: number, churned: number, atRisk: number, cltv: [number, number, number]): CltvFigures {
	return {
		customers,
		arpa,
		payingMonths: atRisk,
		churn: rate(churned, atRisk),
		cltv: { value: cltv[0], low: cltv[1], high: cltv[2] },
		enoughData: customers >= 30
	};
}

function survival(n: number, rmst: number, cltv: [number, number, number]): CltvSurvivalFigures {
	return { n, rmstMonths: { value: rmst, low: rmst - 2, high: rmst + 2 }, cltv: { value: cltv[0], low: cltv[1], high: cltv[2] }, enoughData: n >= 30 };
}

const result: CltvResult = {
	period: {
		icp: figures(1466, 2500, 161, 15317, [190_000, 163_000, 222_000]),
		nonIcp: figures(20, 1300, 47, 1538, [34_000, 31_000, 38_000]),
		unknown: figures(0, 0, 0, 0, [0, 0, 0]),
		advantage: { cltv: { diff: 156_000, low: 121_000, high: 198_000, p: null, method: 'mover' }, churn: { diff: -0.02, low: -0.023, high: -0.017, p: 1e-30, method: 'z' } },
		enoughData: false
	},
	survival: { icp: survival(239, 54.3, [108_000, 101_000, 113_000]), nonIcp: survival(512, 45, [47_800, 43_600, 51_300]), advantage: 60_200, horizonMonths: 60 },
	historical: {
		icp: [
			{ monthsSinceStart: 0, customers: 239, cltv: { value: 1555, low: 1461, high: 1650 } },
			{ monthsSinceStart: 1, customers: 23, cltv: { value: 3100, low: 2900, high: 3300 } }
		],
		nonIcp: [
			{ monthsSinceStart: 0, customers: 512, cltv: { value: 1000, low: 950, high: 1050 } },
			{ monthsSinceStart: 1, customers: 480, cltv: { value: 1900, low: 1800, high: 2000 } },
			{ monthsSinceStart: 2, customers: 300, cltv: { value: 2800, low: null, high: null } }
		]
	},
	byMonth: [],
	grossMargin: 0.8
};

describe('historicalCltvOption', () => {
	const option = historicalCltvOption(result.historical, 30, '95%');
	it('draws mean cumulative gross profit by age with its interval, blank where too few customers are observed', () => {
		expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['0', '1', '2']);
		expect(seriesOf(option, 'ICP').data).toEqual([1555, null, null]);
		expect(seriesOf(option, 'ICP low').data).toEqual([1461, null, null]);
		expect(seriesOf(option, 'Non-ICP').data).toEqual([1000, 1900, 2800]);
		expect(seriesOf(option, 'Non-ICP interval').data).toEqual([100, 200, null]);
	});
	it('gives n and interval in the tooltip, and says when no customer is that old', () => {
		const html = tooltipOf(option)([{ dataIndex: 2 }]);
		expect(html).toContain('ICP: <b>no customers this old</b>');
		expect(html).toContain('Non-ICP: <b>$2,800</b> · n = 300 customers');
	});
});

describe('predictiveCltvOption', () => {
	it('shows churn-based and survival-based CLTV per group with whiskers, none where a group is too small', () => {
		const option = predictiveCltvOption(result, '95%');
		expect((seriesOf(option, 'value').data as { value: number | null }[]).map((d) => d.value)).toEqual([190_000, null, 108_000, 47_800]);
		expect(seriesOf(option, 'interval').data[0]).toEqual([163_000, 190_000, 190_000, 190_000, 222_000]);
		expect(tooltipOf(option)([{ dataIndex: 0 }])).toContain('ICP: <b>$190,000</b> · 1,466 customers · ARPA $2,500 · churn 1.05%/month · 95% CI $163,000 to $222,000');
	});
});

describe('CLTV tables and headline', () => {
	it('one table for the CSV, split in two on screen', () => {
		const all = tableCsv(cltvTable(result, '95%'));
		expect(all.rows[0].slice(0, 4)).toEqual(['ICP', 1466, 2500, 161 / 15317]);
		const { churn, survival: surv } = cltvTables(result, '95%');
		expect(churn.columns.map((c) => c.key)).toContain('cltv_churn');
		expect(churn.columns.map((c) => c.key)).not.toContain('cltv_survival');
		expect(tableCsv(surv).rows[1]).toEqual(['Non-ICP', 512, 45, 43, 47, 47_800, 43_600, 51_300]);
		expect(churn.rows[1][7].text).toBe('$34,000 (small n)');
	});

	it('advantage: churn with interval and test, churn-based CLTV with its interval, survival-based CLTV as a point', () => {
		const rows = tableCsv(cltvAdvantageTable(result, '95%')).rows;
		expect(rows[0]).toEqual(['Monthly churn', -0.02, -0.023, -0.017, 1e-30, 'z']);
		expect(rows[1]).toEqual(['CLTV (churn-based)', 156_000, 121_000, 198_000, null, 'mover']);
		expect(cltvAdvantageTable(result, '95%').rows[2][1].text).toBe('+$60,200');
	});

	it('historical CSV lists every age of both groups', () => {
		expect(historicalCltvCsv(result.historical).rows).toHaveLength(5);
	});

	it('headline shows the gross margin setting and flags the comparison when a group is too small', () => {
		const stats = cltvHeadline(result, { churnFloor: 0.005 }, '95%');
		expect(stats.find((s) => s.id === 'settings')).toMatchObject({ value: '80%', detail: 'horizon 60 months · churn floor 0.5%/month' });
		expect(stats.find((s) => s.id === 'advantage')).toMatchObject({ value: '+$156,000', detail: '95% CI +$121,000 to +$198,000 · survival-based +$60,200', enoughData: false, tone: 'good' });
		expect(stats.find((s) => s.id === 'non-icp')?.enoughData).toBe(false);
	});
});
