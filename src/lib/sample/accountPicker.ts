import type { GeneratedAccount } from './accounts';

export type Group = 'icp' | 'nonIcp';

/** Weighted choice of an account of one ICP group among those already created on a given day. */
export interface AccountPicker {
	pick(group: Group, day: number, u: number): number;
}

interface GroupIndex {
	indexes: number[];
	createdDays: number[];
	cumulativeWeights: number[];
}

/** Number of leading entries of an ascending array that are ≤ value. */
function countAtMost(sorted: number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** `accounts` must be sorted by creation day (generateAccounts returns them so). */
export function accountPicker(accounts: GeneratedAccount[]): AccountPicker {
	const groups: Record<Group, GroupIndex> = {
		icp: { indexes: [], createdDays: [], cumulativeWeights: [] },
		nonIcp: { indexes: [], createdDays: [], cumulativeWeights: [] }
	};
	accounts.forEach((account, index) => {
		const g = groups[account.isIcp ? 'icp' : 'nonIcp'];
		const total = g.cumulativeWeights.length ? g.cumulativeWeights[g.cumulativeWeights.length - 1] : 0;
		g.indexes.push(index);
		g.createdDays.push(account.createdDay);
		g.cumulativeWeights.push(total + account.weight);
	});
	return {
		pick(group, day, u) {
			const g = groups[group];
			if (g.indexes.length === 0) throw new Error(`The sample has no ${group} account: raise the scale.`);
			const eligible = Math.max(1, countAtMost(g.createdDays, day));
			const target = u * g.cumulativeWeights[eligible - 1];
			return g.indexes[Math.min(eligible - 1, countAtMost(g.cumulativeWeights, target))];
		}
	};
}
