import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml';

describe('escapeHtml', () => {
	it('neutralises markup in user text', () => {
		expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
	});
	it('prints null and numbers plainly', () => {
		expect(escapeHtml(null)).toBe('');
		expect(escapeHtml(0.5)).toBe('0.5');
	});
});
