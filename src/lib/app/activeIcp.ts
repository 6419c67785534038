import defaultIcp from '../../../data/icp.json';

const storageKey = 'icp-pulse:icp-definition';

/** The ICP definition the dashboard uses: the user's saved one, else the bundled default. */
export function loadActiveIcp(): unknown {
	const saved = localStorage.getItem(storageKey);
	if (!saved) return defaultIcp;
	try {
		return JSON.parse(saved);
	} catch {
		localStorage.removeItem(storageKey);
		return defaultIcp;
	}
}

export function saveActiveIcp(definition: unknown): void {
	localStorage.setItem(storageKey, JSON.stringify(definition));
}

export function resetActiveIcp(): void {
	localStorage.removeItem(storageKey);
}

export { defaultIcp };
