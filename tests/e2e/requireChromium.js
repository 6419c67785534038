// Fails `npm test` up front, with the fix, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((path) => path !== '');
if (!candidates.some((path) => existsSync(path))) {
	console.error(
		'npm test needs Chromium for its browser tests and found none.\n' +
			'Install it with:  apt-get update && apt-get install -y chromium   (what .ci/run does)\n' +
			'or set CHROME_PATH to a Chromium or Chrome binary.'
	);
	process.exit(1);
}
