import { describe, expect, it } from 'vitest';
import { tooltipHeader, tooltipRow } from './tooltip';

const evil = '<img src=x onerror=alert(1)>';

describe('tooltipRow', () => {
	it('escapes label, value and detail, so user text cannot inject markup', () => {
		const html = tooltipRow(evil, '#1f77b4', evil, evil);
		expect(html).not.toContain('<img');
		expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)).toHaveLength(3);
		expect(tooltipHeader(evil)).toBe('<b>&lt;img src=x onerror=alert(1)&gt;</b>');
	});
	it('only accepts a hex colour in the style attribute', () => {
		expect(tooltipRow('a', 'red" onmouseover="x', '1')).toContain('color:#888');
		expect(tooltipRow('a', '#d9822b', '1')).toContain('color:#d9822b');
	});
});
