import { describe, expect, it } from 'vitest';
import { sparklinePaths } from './sparklinePaths';

describe('sparklinePaths', () => {
	it('puts both lines on one scale from their joint minimum to maximum', () => {
		const paths = sparklinePaths({ months: ['a', 'b', 'c'], icp: [0.3, 0.4, 0.5], nonIcp: [0.1, 0.2, 0.1] }, 104, 44);
		expect(paths.icp).toBe('M2 22L52 12L102 2');
		expect(paths.nonIcp).toBe('M2 42L52 32L102 42');
	});

	it('leaves a gap where a month has no value and starts again after it', () => {
		const paths = sparklinePaths({ months: ['a', 'b', 'c', 'd'], icp: [1, null, 2, 3], nonIcp: [null, null, null, null] }, 64, 24);
		expect(paths.icp).toBe('M2 22M42 12L62 2');
		expect(paths.nonIcp).toBe('');
	});

	it('draws a flat line through the middle when every value is the same', () => {
		expect(sparklinePaths({ months: ['a', 'b'], icp: [5, 5], nonIcp: [5, null] }, 20, 10).icp).toBe('M2 5L18 5');
	});
});
