import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function findChromium(): string {
	const found = candidates.find((path): path is string => !!path && existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found for the browser tests. Install it with `apt-get update && apt-get install -y chromium` ' +
				'(as .ci/run does), or point CHROME_PATH at a Chromium/Chrome binary.'
		);
	}
	return found;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
}
