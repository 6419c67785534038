import { formatCount, formatMoney, formatPercent, formatPoints, formatPValue } from '../format/formatNumbers';
import type { Advantage } from '../kpis/estimates';
import { formatMoneyDifference } from '../panels/formatEstimates';
import type { PulseReport } from './buildReport';

const interval = (low: number | null, high: number | null, format: (v: number | null) => string) => `${format(low)} – ${format(high)}`;

const days = (v: number | null) => (v === null ? '–' : `${Math.round(v)} d`);

function advantageCell(a: Advantage, format: (v: number | null) => string): string {
	return `${format(a.diff)} (${interval(a.low, a.high, format)}${a.p !== null ? `; ${formatPValue(a.p)}` : ''})`;
}

const enough = (ok: boolean) => (ok ? '' : ' — **not enough data**');

/** The report as Markdown, for a scheduler's e-mail or a pull-request comment. */
export function reportMarkdown(report: PulseReport): string {
	const { winRate: w, salesCycleDays: c, retention: r, cltv } = report;
	const lines = [
		`# ICP Pulse report, ${report.period.from} – ${report.period.to}`,
		'',
		`ICP: ${report.icp.name} (versions ${report.icp.versions.join(', ')}${report.icp.classifyBy ? `; all history classified by version ${report.icp.classifyBy}` : ''})`,
		'',
		'| metric | ICP | non-ICP | ICP advantage (95% CI) |',
		'|---|---|---|---|',
		`| Win rate${enough(w.enoughData)} | ${formatPercent(w.icp.rate)} (n ${formatCount(w.icp.n)}) | ${formatPercent(w.nonIcp.rate)} (n ${formatCount(w.nonIcp.n)}) | ${advantageCell(w.advantage, formatPoints)} |`,
		`| Median won sales cycle${enough(c.enoughData)} | ${days(c.icp.median)} (n ${formatCount(c.icp.n)}) | ${days(c.nonIcp.median)} (n ${formatCount(c.nonIcp.n)}) | ${advantageCell(c.advantage, days)} |`,
		`| 12-month logo retention${enough(r.enoughData)} | ${formatPercent(r.icp.logoRetention)} (n ${formatCount(r.icp.cohort)}) | ${formatPercent(r.nonIcp.logoRetention)} (n ${formatCount(r.nonIcp.cohort)}) | ${advantageCell(r.advantage.logoRetention, formatPoints)} |`,
		`| Net revenue retention | ${formatPercent(r.icp.nrr)} | ${formatPercent(r.nonIcp.nrr)} | ${advantageCell(r.advantage.nrr, formatPoints)} |`,
		`| Predictive CLTV (margin ${formatPercent(cltv.grossMargin, 0)})${enough(cltv.enoughData)} | ${formatMoney(cltv.icp.cltv)} (n ${formatCount(cltv.icp.customers)}) | ${formatMoney(cltv.nonIcp.cltv)} (n ${formatCount(cltv.nonIcp.customers)}) | ${advantageCell(cltv.advantage.cltv, formatMoneyDifference)} |`,
		'',
		'## Input files',
		'',
		'| file | kind | read | loaded | rejected |',
		'|---|---|---|---|---|',
		...report.rows.map((f) => `| ${f.file.replaceAll('|', '\\|')} | ${f.kind} | ${f.read} | ${f.loaded} | ${f.rejected} |`),
		''
	];
	return lines.join('\n');
}
