import { describe, expect, it } from 'vitest';
import { toCsv } from './toCsv';

describe('toCsv', () => {
	it('quotes fields with commas, quotes and newlines and leaves nulls empty', () => {
		expect(toCsv(['name', 'n'], [['Acme, "Inc"\nEU', 3], [null, 0]])).toBe('name,n\r\n"Acme, ""Inc""\nEU",3\r\n,0\r\n');
	});
});
