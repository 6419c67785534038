import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../sample/generateSample';
import { writeSample } from '../sample/writeSample';
import { emptyReviewLog, recordIcpReview, serializeReviewLog } from './reviewLog';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** The command exactly as `npm run review` starts it. */
function review(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			['--import', 'tsx', '--import', './src/cli/registerRawImports.js', 'src/cli/review.ts', ...args],
			{ cwd: root, maxBuffer: 64 * 1024 * 1024 },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr })
		);
	});
}

let dir: string;
let data: string;
let reviewedLog: string;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'icp-review-'));
	data = join(dir, 'export');
	// a small, stable history: no statistical trigger reaches review on it
	await writeSample(data, generateSample({ seed: 31, scale: 0.05, erosion: false, mixDrift: false }));
	reviewedLog = join(dir, 'review-log.json');
	await writeFile(reviewedLog, serializeReviewLog(recordIcpReview(emptyReviewLog(), { at: '2025-12-10', note: 'Quarterly review: kept v2', icpVersion: '2', id: 'q4' })));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('npm run review', () => {
	it('exits 1 when a review is due (the default ICP has not been reviewed since 2023-01) and prints the table', async () => {
		const run = await review('--data', data);
		expect(run.stderr).not.toMatch(/Error/);
		expect(run.code).toBe(1);
		expect(run.stdout).toMatch(/\| trigger \| status \| first fired \| month \| evidence \|/);
		expect(run.stdout).toMatch(/\| ICP review cadence \| \*\*review\*\* \| 2023-04 \|/);
		expect(run.stdout).toMatch(/\*\*A review is due\.\*\*/);
	});

	it('exits 0 once the log records a recent ICP review, and prints JSON on request', async () => {
		const run = await review('--data', data, '--log', reviewedLog, '--format', 'json');
		expect(run.code).toBe(0);
		const report = JSON.parse(run.stdout);
		expect(report.reviewDue).toBe(false);
		expect(report.triggers.map((t: { id: string; status: string }) => `${t.id}:${t.status}`)).not.toContainEqual(expect.stringMatching(/:review$/));
		expect(report.triggers.find((t: { id: string }) => t.id === 'staleness')).toMatchObject({ status: 'ok', lastReviewed: '2025-12-10', dueDate: '2026-03-10' });
	});

	it('exits 2 with a message on bad input', async () => {
		const missing = await review('--data', join(dir, 'nowhere'));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/review: --data: ".*nowhere" is not a folder/);
		const badFormat = await review('--data', data, '--format', 'xml');
		expect(badFormat).toMatchObject({ code: 2, stderr: expect.stringMatching(/--format must be json or md/) });
		const badIcp = join(dir, 'icp.json');
		await writeFile(badIcp, '{"name": "x", ');
		const icp = await review('--data', data, '--icp', badIcp);
		expect(icp).toMatchObject({ code: 2, stderr: expect.stringMatching(/the ICP file is not valid JSON/) });
		const noData = await review();
		expect(noData).toMatchObject({ code: 2, stderr: expect.stringMatching(/--data <folder> is required/) });
	});
});
