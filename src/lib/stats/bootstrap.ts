import { logFactorial } from './gamma';

export interface BootstrapInterval {
	diff: number;
	low: number;
	high: number;
}

/** A discrete distribution: values ascending, with their probabilities. */
export interface DiscreteDistribution {
	values: number[];
	probabilities: number[];
}

/** A sample as its distinct values, ascending, and how often each occurs. */
export interface ValueCounts {
	values: number[];
	counts: number[];
}

/** Probabilities below this are dropped: they cannot move a percentile of a distribution summing to 1. */
const NEGLIGIBLE = 1e-15;
const LOG_NEGLIGIBLE = Math.log(NEGLIGIBLE);

/**
 * Percentile bootstrap interval for median(a) − median(b), both samples resampled independently
 * with replacement, computed exactly: the (1 ∓ confidence)/2 percentiles of the distribution that
 * infinitely many resamples would give, instead of a Monte Carlo estimate of it. Same data, same
 * interval, with no seed, and in milliseconds for thousands of deals where 2,000 resamples took
 * a third of a second. NaN everywhere when a sample is empty.
 */
export function bootstrapMedianDifference(
	a: readonly number[] | ValueCounts,
	b: readonly number[] | ValueCounts,
	{ confidence = 0.95 }: { confidence?: number } = {}
): BootstrapInterval {
	if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
	const countsA = asValueCounts(a);
	const countsB = asValueCounts(b);
	if (countsA.values.length === 0 || countsB.values.length === 0) return { diff: NaN, low: NaN, high: NaN };
	const medianA = resampledMedianDistribution(countsA);
	const medianB = resampledMedianDistribution(countsB);
	const tail = (1 - confidence) / 2;
	return {
		diff: medianOfCounts(countsA) - medianOfCounts(countsB),
		low: differencePercentile(medianA, medianB, tail),
		high: differencePercentile(medianA, medianB, 1 - tail)
	};
}

/**
 * The exact distribution of the median of a resample (n draws with replacement) of `sample`.
 * With the sample's distinct values v₁ < … < v_k and F_i the share of the sample ≤ v_i, the
 * number of draws ≤ v_i is Binomial(n, F_i). For odd n the median is the m-th draw in order,
 * m = (n + 1) / 2, so P(median ≤ v_i) = P(Bin(n, F_i) ≥ m) (Maritz & Jarrett 1978). For even n it
 * is the mean of the m-th and (m+1)-th, m = n / 2; choosing which m draws fall low gives
 *   P(m-th = v_a, (m+1)-th = v_b) = C(n, m) (F_a^m − F_{a−1}^m) ((1 − F_{b−1})^{n−m} − (1 − F_b)^{n−m}), a < b,
 * and P(both = v_a) is the rest of P(m-th = v_a).
 */
export function resampledMedianDistribution(sample: readonly number[] | ValueCounts): DiscreteDistribution {
	const { values, counts } = asValueCounts(sample);
	const below = [0];
	counts.forEach((c, i) => below.push(below[i] + c));
	const n = below[below.length - 1];
	if (n === 0) return { values: [], probabilities: [] };
	const shareAtMost = below.map((count) => count / n);
	const masses = new Map<number, number>();
	const add = (value: number, p: number) => {
		if (p > NEGLIGIBLE) masses.set(value, (masses.get(value) ?? 0) + p);
	};

	if (n % 2 === 1) {
		const tails = shareAtMost.map((p) => binomialUpperTail(n, p, (n + 1) / 2));
		values.forEach((v, i) => add(v, tails[i + 1] - tails[i]));
		return sortedDistribution(masses);
	}

	const m = n / 2;
	const tails = shareAtMost.map((p) => binomialUpperTail(n, p, m));
	const logChoose = logFactorial(n) - 2 * logFactorial(m);
	// ln(F_a^m − F_{a−1}^m) and ln((1 − F_{b−1})^{n−m} − (1 − F_b)^{n−m}), index = value index + 1
	const logLow = shareAtMost.map((f, i) => (i === 0 ? -Infinity : logPowerDifference(f, shareAtMost[i - 1], m)));
	const logHigh = shareAtMost.map((f, i) => (i === 0 ? -Infinity : logPowerDifference(1 - shareAtMost[i - 1], 1 - f, m)));
	for (let a = 1; a <= values.length; a++) {
		const lowerIsA = tails[a] - tails[a - 1];
		if (lowerIsA <= NEGLIGIBLE) continue;
		let split = 0;
		for (let b = a + 1; b <= values.length; b++) {
			// the pairs (a, b′ ≥ b) together have C(n, m) (F_a^m − F_{a−1}^m) (1 − F_{b−1})^{n−m}
			if (logChoose + logLow[a] + (n - m) * Math.log1p(-shareAtMost[b - 1]) < LOG_NEGLIGIBLE) break;
			const p = Math.exp(logChoose + logLow[a] + logHigh[b]);
			split += p;
			add((values[a - 1] + values[b - 1]) / 2, p);
		}
		add(values[a - 1], lowerIsA - split);
	}
	return sortedDistribution(masses);
}

/** The distinct values of a sample, ascending, with their counts. */
export function valueCounts(sample: readonly number[]): ValueCounts {
	const sorted = [...sample].sort((x, y) => x - y);
	const values: number[] = [];
	const counts: number[] = [];
	sorted.forEach((v, i) => {
		if (i === 0 || v !== sorted[i - 1]) {
			values.push(v);
			counts.push(0);
		}
		counts[counts.length - 1]++;
	});
	return { values, counts };
}

function asValueCounts(sample: readonly number[] | ValueCounts): ValueCounts {
	return isValueCounts(sample) ? sample : valueCounts(sample);
}

function isValueCounts(sample: readonly number[] | ValueCounts): sample is ValueCounts {
	return !Array.isArray(sample);
}

/** The median (mean of the two middle values when n is even), as quantile.ts's median gives. */
export function medianOfCounts({ values, counts }: ValueCounts): number {
	const n = counts.reduce((s, c) => s + c, 0);
	if (n === 0) return NaN;
	const valueAtRank = (rank: number) => {
		let seen = 0;
		for (let i = 0; i < values.length; i++) {
			seen += counts[i];
			if (seen > rank) return values[i];
		}
		return NaN;
	};
	return (valueAtRank(Math.floor((n - 1) / 2)) + valueAtRank(Math.floor(n / 2))) / 2;
}

/** ln(x^k − y^k) for 1 ≥ x ≥ y ≥ 0, without underflow when k is in the thousands. */
function logPowerDifference(x: number, y: number, k: number): number {
	if (x <= 0 || x <= y) return -Infinity;
	if (y <= 0) return k * Math.log(x);
	return k * Math.log(x) + Math.log1p(-Math.exp(k * (Math.log(y) - Math.log(x))));
}

/**
 * P(Binomial(n, p) ≥ m), summing the probabilities from m outward (the smaller side), each from the
 * last by the ratio of neighbouring terms; one log-factorial per call.
 */
export function binomialUpperTail(n: number, p: number, m: number): number {
	if (m <= 0 || p >= 1) return 1;
	if (m > n || p <= 0) return 0;
	const mode = Math.floor((n + 1) * p);
	const upward = m > mode;
	const start = upward ? m : m - 1;
	const logStart = logFactorial(n) - logFactorial(start) - logFactorial(n - start) + start * Math.log(p) + (n - start) * Math.log1p(-p);
	const odds = p / (1 - p);
	let term = 1;
	let sum = 1;
	if (upward) {
		for (let j = start; j < n && term > 1e-17 * sum; j++) {
			term *= ((n - j) / (j + 1)) * odds;
			sum += term;
		}
		return Math.min(1, Math.exp(logStart) * sum);
	}
	for (let j = start; j > 0 && term > 1e-17 * sum; j--) {
		term *= (j / (n - j + 1)) / odds;
		sum += term;
	}
	return Math.max(0, 1 - Math.exp(logStart) * sum);
}

/**
 * The q-quantile of X − Y for independent discrete X and Y: the smallest x − y with
 * P(X − Y ≤ x − y) ≥ q (the limit of any sample quantile over many draws). Found by bisection on
 * P(X − Y ≤ d) = Σ P(X = x) P(Y ≥ x − d), so the support of X − Y, up to |X| × |Y| values, is
 * never built.
 */
export function differencePercentile(x: DiscreteDistribution, y: DiscreteDistribution, q: number): number {
	if (x.values.length === 0 || y.values.length === 0) return NaN;
	const xTotal = x.probabilities.reduce((sum, p) => sum + p, 0);
	const yBelow = [0];
	y.probabilities.forEach((p, j) => yBelow.push(yBelow[j] + p));
	const yTotal = yBelow[yBelow.length - 1];
	const target = q - 1e-12;
	const atMost = (d: number) => {
		let sum = 0;
		x.values.forEach((xv, i) => (sum += x.probabilities[i] * (1 - yBelow[countDifferencesAbove(xv, y.values, d)] / yTotal)));
		return sum / xTotal;
	};
	let low = x.values[0] - y.values[y.values.length - 1];
	let high = x.values[x.values.length - 1] - y.values[0];
	if (atMost(low) >= target) return low;
	for (let i = 0; i < 200; i++) {
		const middle = low + (high - low) / 2;
		if (middle <= low || middle >= high) break;
		if (atMost(middle) >= target) high = middle;
		else low = middle;
	}
	// the answer is the smallest x − y above `low`
	let atom = high;
	for (const xv of x.values) {
		const j = countDifferencesAbove(xv, y.values, low) - 1;
		if (j >= 0 && xv - y.values[j] > low) atom = Math.min(atom, xv - y.values[j]);
	}
	return atom;
}

/** How many of the ascending `ys` have x − y > d (always the first ones); x − y as the atoms are computed. */
function countDifferencesAbove(x: number, ys: readonly number[], d: number): number {
	let lo = 0;
	let hi = ys.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (x - ys[mid] > d) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function sortedDistribution(masses: Map<number, number>): DiscreteDistribution {
	const entries = [...masses].sort((p, q) => p[0] - q[0]);
	return { values: entries.map(([v]) => v), probabilities: entries.map(([, p]) => p) };
}
