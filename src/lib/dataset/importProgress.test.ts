import { describe, expect, it } from 'vitest';
import { formatBytes, ProgressTracker } from './importProgress';

const files = [
	{ label: 'companies.csv', size: 1000 },
	{ label: 'deals.csv', size: 3000 }
];

describe('import progress', () => {
	it('moves through reading by bytes scanned, weighted by file size', () => {
		const tracker = new ProgressTracker(files, 'read');
		expect(tracker.update({ file: 'companies.csv', phase: 'sniff', bytes: 0 })).toMatchObject({ fraction: 0, bytesDone: 0, bytesTotal: 4000, activity: 'Detecting the format of companies.csv' });
		const scanned = tracker.update({ file: 'companies.csv', phase: 'read', bytes: 1000, rows: 6 });
		expect(scanned).toMatchObject({ bytesDone: 1000, rows: 6, activity: 'Reading companies.csv' });
		expect(scanned.fraction).toBeCloseTo(0.2);
		const next = tracker.update({ file: 'deals.csv', phase: 'sniff', bytes: 0 });
		expect(next.fraction).toBeCloseTo(0.25);
		const last = tracker.update({ file: 'deals.csv', phase: 'read', bytes: 3000, rows: 40 });
		expect(last).toMatchObject({ bytesDone: 4000, rows: 46 });
		expect(last.fraction).toBeCloseTo(0.85);
	});

	it('never goes backwards when a later event of the same file has a smaller step', () => {
		const tracker = new ProgressTracker(files, 'read');
		tracker.update({ file: 'companies.csv', phase: 'profile', rows: 6 });
		expect(tracker.update({ file: 'companies.csv', phase: 'read', bytes: 0 }).fraction).toBeCloseTo(0.2125);
	});

	it('counts loading files done only when the pipeline says so', () => {
		const tracker = new ProgressTracker(files, 'load');
		tracker.update({ file: 'companies.csv', phase: 'convert', rows: 6 });
		tracker.update({ file: 'deals.csv', phase: 'convert', rows: 40 });
		const commit = tracker.update({ file: 'companies.csv', phase: 'commit', rows: 5 });
		expect(commit.bytesDone).toBe(0);
		expect(commit.fraction).toBeCloseTo((1000 * 0.6 + 3000 * 0.1) / 4000);
		const done = tracker.update({ file: 'companies.csv', phase: 'done', rows: 5 });
		expect(done).toMatchObject({ bytesDone: 1000, rows: 45, activity: 'Finished companies.csv' });
	});

	it('splits a rebuilt file between reading and loading', () => {
		const tracker = new ProgressTracker(files, 'rebuild');
		tracker.update({ file: 'companies.csv', phase: 'read', bytes: 1000 });
		tracker.update({ file: 'deals.csv', phase: 'sniff', bytes: 0 });
		expect(tracker.view().fraction).toBeCloseTo((1000 * 0.6) / 4000);
		tracker.update({ file: 'deals.csv', phase: 'commit', rows: 40 });
		expect(tracker.view().fraction).toBeCloseTo((1000 * 0.6 + 3000 * 0.84) / 4000);
		expect(tracker.update({ file: 'companies.csv', phase: 'done', rows: 5 }).bytesDone).toBe(1000);
	});

	it('formats sizes', () => {
		expect([formatBytes(512), formatBytes(2048), formatBytes(5 * 1_048_576), formatBytes(3 * 1_073_741_824)]).toEqual(['512 B', '2.0 KB', '5.0 MB', '3.00 GB']);
	});
});
