import type { CsvValue } from '../export/toCsv';
import type { WinRateMonth } from '../kpis/winRate';

/** The numbers behind the win-rate chart, for the CSV download. */
export function winRateTable(months: readonly WinRateMonth[]): { columns: string[]; rows: CsvValue[][] } {
	const columns = ['month', 'group', 'won', 'lost', 'win_rate', 'ci_low', 'ci_high', 'won_amount', 'lost_amount', 'amount_win_rate'];
	const rows = months.flatMap((m) =>
		(
			[
				['ICP', m.icp],
				['Non-ICP', m.nonIcp],
				['Unknown account', m.unknown]
			] as const
		).map(([label, g]) => [m.month, label, g.won, g.lost, g.rate, g.low, g.high, g.wonAmount, g.lostAmount, g.amountRate])
	);
	return { columns, rows };
}
