import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Builds the static app once and serves it on a free loopback port for every browser test. */
export default async function setup(project: TestProject) {
	findChromium();
	if (!process.env.E2E_SKIP_BUILD) await build({ logLevel: 'warn' });
	const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
	const url = server.resolvedUrls?.local[0];
	if (!url) throw new Error('The preview server did not report a URL');
	project.provide('baseUrl', url);
	return async () => {
		await server.close();
	};
}
