import { closeSync, openSync, writeSync } from 'node:fs';

export interface LargeCsvFacts {
	rows: number;
	/** 1-based physical lines of the rows whose close date is garbage. */
	badLines: number[];
	/** Sum of Amount over the rows that load. */
	amountSum: number;
}

const STAGES = ['Closed Won', 'Closed Lost', 'Prospecting', 'Negotiation/Review'];
const BAD_EVERY = 250_000;

/**
 * Writes a Salesforce-style opportunities CSV of `rows` rows for load tests and timing: quoted
 * account names with commas, "$1,234.50" amounts, M/D/YYYY dates, one quoted line break (row 1,
 * so later rows sit one line lower than their index says) and a garbage close date every 250,000th row.
 */
export function writeLargeDealsCsv(path: string, rows: number): LargeCsvFacts {
	const fd = openSync(path, 'w');
	const badLines: number[] = [];
	let amountSum = 0;
	try {
		writeSync(fd, 'Opportunity ID,Account Name,Stage,Amount,Close Date,Created Date,Opportunity Owner\n');
		let chunk: string[] = [];
		for (let i = 0; i < rows; i++) {
			const m = 1 + (i % 12);
			const d = 1 + (i % 28);
			const bad = i > 0 && i % BAD_EVERY === 0;
			const account = i === 1 ? 'Account 1\nEast, Inc.' : `Account ${i % 5000}, Inc.`;
			const thousands = 1 + (i % 999);
			const cents = i % 2 === 0 ? '50' : '00';
			if (bad) badLines.push(i + (i >= 2 ? 3 : 2));
			else amountSum += thousands * 1000 + (i % 1000) + (cents === '50' ? 0.5 : 0);
			const amount = `$${thousands},${String(i % 1000).padStart(3, '0')}.${cents}`;
			const close = bad ? '13/45/2025' : `${m}/${d}/2025`;
			chunk.push(`O${i},"${account}",${bad ? 'Closed Won' : STAGES[i % 4]},"${amount}",${close},${m}/${d}/2024,Rep ${i % 50}\n`);
			if (chunk.length === 50_000) {
				writeSync(fd, chunk.join(''));
				chunk = [];
			}
		}
		writeSync(fd, chunk.join(''));
	} finally {
		closeSync(fd);
	}
	return { rows, badLines, amountSum };
}
