/**
 * The standard normal distribution.
 *
 * normalCdf: W. J. Cody's rational Chebyshev approximations (Cody 1969, Math. Comp. 23:631–637;
 * ACM TOMS Algorithm 715, 1993), the method of R's pnorm, good to about 1e-15 relative in both tails.
 * The tail is computed directly, never as 1 − something, so p-values of 1e-20 keep their digits.
 *
 * normalQuantile: Wichura's Algorithm AS 241 (PPND16), Applied Statistics 37:477–484 (1988),
 * the method of R's qnorm, about 1e-16 relative.
 */

const SQRT_32 = Math.sqrt(32);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

const CENTRAL_NUM = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const CENTRAL_DEN = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const MIDDLE_NUM = [
	0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
	2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
	1.0765576773720192317e-8
];
const MIDDLE_DEN = [
	22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
	18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727
];
const TAIL_NUM = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const TAIL_DEN = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/** exp(−y²/2) without the cancellation error of squaring a large y in one go (Cody's trick). */
function gaussianFactor(y: number): number {
	const head = Math.trunc(y * 16) / 16;
	const rest = (y - head) * (y + head);
	return Math.exp(-head * head * 0.5) * Math.exp(-rest * 0.5);
}

/** Φ(z) = P(Z ≤ z). NaN in, NaN out. */
export function normalCdf(z: number): number {
	if (Number.isNaN(z)) return NaN;
	const y = Math.abs(z);
	if (y <= 0.67448975) {
		const zz = z * z;
		let num = CENTRAL_NUM[4] * zz;
		let den = zz;
		for (let i = 0; i < 3; i++) {
			num = (num + CENTRAL_NUM[i]) * zz;
			den = (den + CENTRAL_DEN[i]) * zz;
		}
		return 0.5 + (z * (num + CENTRAL_NUM[3])) / (den + CENTRAL_DEN[3]);
	}
	let tail: number;
	if (y <= SQRT_32) {
		let num = MIDDLE_NUM[8] * y;
		let den = y;
		for (let i = 0; i < 7; i++) {
			num = (num + MIDDLE_NUM[i]) * y;
			den = (den + MIDDLE_DEN[i]) * y;
		}
		tail = gaussianFactor(y) * ((num + MIDDLE_NUM[7]) / (den + MIDDLE_DEN[7]));
	} else if (y < 38.5) {
		const inv = 1 / (z * z);
		let num = TAIL_NUM[5] * inv;
		let den = inv;
		for (let i = 0; i < 4; i++) {
			num = (num + TAIL_NUM[i]) * inv;
			den = (den + TAIL_DEN[i]) * inv;
		}
		const ratio = (inv * (num + TAIL_NUM[4])) / (den + TAIL_DEN[4]);
		tail = (gaussianFactor(y) * (INV_SQRT_2PI - ratio)) / y;
	} else {
		tail = 0;
	}
	return z > 0 ? 1 - tail : tail;
}

/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|). */
export function normalTwoSidedP(z: number): number {
	return 2 * normalCdf(-Math.abs(z));
}

const Q_A = [3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727];
const Q_B = [1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852854561];
const Q_C = [1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4];
const Q_D = [1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9];
const Q_E = [6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7];
const Q_F = [1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15];

/** Polynomial with coefficients in ascending order, by Horner's rule. */
function polynomial(coefficients: readonly number[], x: number): number {
	let sum = 0;
	for (let i = coefficients.length - 1; i >= 0; i--) sum = sum * x + coefficients[i];
	return sum;
}

/** Φ⁻¹(p): −Infinity at 0, +Infinity at 1, NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
	if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
	if (p === 0) return -Infinity;
	if (p === 1) return Infinity;
	const q = p - 0.5;
	if (Math.abs(q) <= 0.425) {
		const r = 0.180625 - q * q;
		return (q * polynomial(Q_A, r)) / polynomial(Q_B, r);
	}
	let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
	let value: number;
	if (r <= 5) {
		r -= 1.6;
		value = polynomial(Q_C, r) / polynomial(Q_D, r);
	} else {
		r -= 5;
		value = polynomial(Q_E, r) / polynomial(Q_F, r);
	}
	return q < 0 ? -value : value;
}

/** The z for a two-sided interval of the given confidence, e.g. 0.95 → 1.959963984540054. */
export function twoSidedCriticalValue(confidence: number): number {
	if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
	return normalQuantile(1 - (1 - confidence) / 2);
}
