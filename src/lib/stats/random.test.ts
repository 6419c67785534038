import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';

describe('seededRandom', () => {
	it('repeats the same sequence for the same seed and differs for another', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		const c = seededRandom(43);
		const first = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
	});

	it('draws uniforms with mean 1/2 and normals with mean 0 and sd 1', () => {
		const r = seededRandom(7);
		const n = 50_000;
		let su = 0;
		let sn = 0;
		let sn2 = 0;
		for (let i = 0; i < n; i++) {
			su += r.next();
			const z = r.normal();
			sn += z;
			sn2 += z * z;
		}
		expect(su / n).toBeCloseTo(0.5, 2);
		expect(sn / n).toBeCloseTo(0, 1);
		expect(Math.sqrt(sn2 / n)).toBeCloseTo(1, 1);
	});
});
