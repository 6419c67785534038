import type { IcpError } from '../icp/types';

/** Definition errors sorted by where the editor shows them. */
export interface LocatedErrors {
	/** About the definition as a whole, its name or description. */
	general: IcpError[];
	tiers: IcpError[];
	/** By version index: the version's name, date, or all its criteria together. */
	versions: Map<number, IcpError[]>;
	/** By `versionIndex/criterionIndex`. */
	criteria: Map<string, IcpError[]>;
}

export const criterionKey = (versionIndex: number, criterionIndex: number): string => `${versionIndex}/${criterionIndex}`;

const CRITERION_PATH = /^\/versions\/(\d+)\/criteria\/(\d+)(\/|$)/;
const VERSION_PATH = /^\/versions\/(\d+)(\/|$)/;

function push<K>(map: Map<K, IcpError[]>, key: K, error: IcpError) {
	map.set(key, [...(map.get(key) ?? []), error]);
}

/**
 * Sorts errors by their JSON pointer (parseIcpDefinition and checkCriteriaColumns point at the
 * criterion, version or key at fault), so each message shows next to what it is about.
 */
export function locateErrors(errors: readonly IcpError[]): LocatedErrors {
	const located: LocatedErrors = { general: [], tiers: [], versions: new Map(), criteria: new Map() };
	for (const error of errors) {
		const criterion = CRITERION_PATH.exec(error.path);
		const version = VERSION_PATH.exec(error.path);
		if (criterion) push(located.criteria, criterionKey(Number(criterion[1]), Number(criterion[2])), error);
		else if (version) push(located.versions, Number(version[1]), error);
		else if (error.path === '/tiers' || error.path.startsWith('/tiers/')) located.tiers.push(error);
		else located.general.push(error);
	}
	return located;
}
