import { describe, expect, it } from 'vitest';
import { acknowledgeTrigger, emptyReviewLog } from '../drift/reviewLog';
import { TRIGGER_IDS, type EvidenceItem } from '../drift/types';
import { kpiDetailLink } from './triggerLinks';
import { evidenceLines, triggerRow } from './triggerRows';
import { syntheticReport } from './testReport';

describe('evidenceLines', () => {
	it('puts each value with its n, joins the interval ends, chi-square with df and a value with its reference', () => {
		const items: EvidenceItem[] = [
			{ label: 'ICP', value: 0.233, unit: 'share' },
			{ label: 'non-ICP', value: 0.148, unit: 'share' },
			{ label: 'ICP n', value: 1380, unit: 'count' },
			{ label: 'non-ICP n', value: 2327, unit: 'count' },
			{ label: 'advantage', value: 0.084, unit: 'points' },
			{ label: '90% low', value: -0.012, unit: 'points' },
			{ label: '90% high', value: 0.107, unit: 'points' },
			{ label: 'reference advantage', value: 0.187, unit: 'points' },
			{ label: 'chi-square', value: 141.46, unit: 'chiSquare' },
			{ label: 'df', value: 4, unit: 'count' },
			{ label: 'p', value: 0.0001, unit: 'p' },
			{ label: 'due', value: null, unit: 'date', text: '2023-04-01' }
		];
		expect(evidenceLines(items)).toEqual([
			{ label: 'ICP', text: '23.3% (n = 1,380)' },
			{ label: 'non-ICP', text: '14.8% (n = 2,327)' },
			{ label: 'advantage', text: '+8.4 pts (reference +18.7 pts)' },
			{ label: '90% interval', text: '−1.2 pts to +10.7 pts' },
			{ label: 'chi-square', text: '141.5 (df 4)' },
			{ label: 'p', text: '< 0.001' },
			{ label: 'due', text: '2023-04-01' }
		]);
	});
});

describe('triggerRow', () => {
	it('offers to acknowledge a fired trigger until its episode is acknowledged, then shows the note', () => {
		const report = syntheticReport();
		const winRate = report.triggers.find((t) => t.id === 'win-rate')!;
		const row = triggerRow(winRate);
		expect(row).toMatchObject({ status: 'review', firstFired: '2025-05', canAcknowledge: true, acknowledgement: null, link: { path: '/win-rate' } });
		expect(row.evidence.find((e) => e.label === 'ICP')?.text).toMatch(/^\d+\.\d% \(n = 1,200\)$/);

		const log = acknowledgeTrigger(emptyReviewLog(), winRate, { at: '2026-01-10T09:30:00Z', note: 'Price war; revisit in Q2.' });
		const acknowledged = triggerRow(syntheticReport(log).triggers.find((t) => t.id === 'win-rate')!);
		expect(acknowledged).toMatchObject({ canAcknowledge: false, acknowledgement: { at: '2026-01-10', note: 'Price war; revisit in Q2.', status: 'review' } });
	});

	it('has nothing to acknowledge at ok', () => {
		const industry = syntheticReport().triggers.find((t) => t.id === 'mix-industry')!;
		expect(triggerRow(industry)).toMatchObject({ status: 'ok', canAcknowledge: false, firstFired: null });
	});

	it('links every trigger to a page that shows what it monitors', () => {
		const pages = ['/win-rate', '/sales-cycle', '/retention', '/cltv', '/campaigns', '/icp'];
		for (const id of TRIGGER_IDS) expect(pages).toContain(kpiDetailLink(id).path);
		expect(kpiDetailLink('cycle-length').path).toBe('/sales-cycle');
		expect(kpiDetailLink('campaign-conversion').path).toBe('/campaigns');
	});
});
