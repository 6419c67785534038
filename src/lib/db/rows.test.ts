import { describe, expect, it } from 'vitest';
import { sumColumnsBy } from './rows';

describe('sumColumnsBy', () => {
	it('adds the named columns per key and leaves the others as in the first row', () => {
		const rows = [
			{ group: 'icp', month: '2025-01', won: 2, lost: 3 },
			{ group: 'non_icp', month: '2025-01', won: 1, lost: 1 },
			{ group: 'icp', month: '2025-02', won: 5, lost: 0 }
		];
		expect(sumColumnsBy(rows, 'group', ['won', 'lost'])).toEqual([
			{ group: 'icp', month: '2025-01', won: 7, lost: 3 },
			{ group: 'non_icp', month: '2025-01', won: 1, lost: 1 }
		]);
		expect(rows[0].won).toBe(2);
	});
});
