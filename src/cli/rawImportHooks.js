// Node module hooks giving CLI commands the same `import text from './file.sql?raw'` that Vite gives
// the app, so the browser and the command line read the very same SQL files.
import { readFile } from 'node:fs/promises';

/**
 * @param {string} specifier
 * @param {object} context
 * @param {(specifier: string, context: object) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
	if (!specifier.endsWith('?raw')) return nextResolve(specifier, context);
	const { url } = await nextResolve(specifier.slice(0, -'?raw'.length), context);
	return { url: `${url}?raw`, format: 'module', shortCircuit: true };
}

/**
 * @param {string} url
 * @param {object} context
 * @param {(url: string, context: object) => Promise<object>} nextLoad
 */
export async function load(url, context, nextLoad) {
	if (!url.endsWith('?raw')) return nextLoad(url, context);
	const text = await readFile(new URL(url.slice(0, -'?raw'.length)), 'utf8');
	return { format: 'module', source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
