/**
 * I32F32: substrate-fixed's signed 64-bit fixed point with 32 fractional bits, as exact integer "bits".
 *
 * A value `v` is held as its raw bits `v × 2^32`, an integer in [-2^63, 2^63). For speed the bits live in a
 * JS `number` whenever they are a safe integer (|bits| < 2^53), which covers nearly every value the epoch
 * touches; larger bits are a `bigint`. The form is canonical (a `bigint` is never within the safe range), so
 * `===`, `<` and `>` compare values correctly across both forms. Every function below is exact integer
 * arithmetic with substrate-fixed's rounding: multiply floors, divide truncates toward zero, `x / 0 = 0`.
 * Callers never do arithmetic on these values themselves.
 */
export type I32F32 = number | bigint;

const FRAC = 4294967296; // 2^32
const HALF_WORD = 65536; // 2^16
const SAFE = 9007199254740992; // 2^53: numbers strictly below it in magnitude are exact integers
const LIMIT_DIV = 4503599627370496; // 2^52: operands below it keep long division's partial products exact
const MAX_BITS = (1n << 63n) - 1n;
const MIN_BITS = -(1n << 63n);
const FRAC_BITS = 32n;
const SAFE_BIG = 1n << 53n;

/** Zero. */
export const ZERO: I32F32 = 0;
/** One (bits 2^32). */
export const ONE: I32F32 = FRAC;
/** The largest I32F32. */
export const MAX: I32F32 = MAX_BITS;
/** The smallest I32F32. */
export const MIN: I32F32 = MIN_BITS;
/** 65535 as I32F32, the scale of u16 proportions. */
export const U16_MAX: I32F32 = 65535 * FRAC;

/** Puts raw bits in canonical form (number when safe). */
function canon(bits: bigint): I32F32 {
  return bits < SAFE_BIG && bits > -SAFE_BIG ? Number(bits) : bits;
}

function saturate(bits: bigint): I32F32 {
  if (bits > MAX_BITS) return MAX_BITS;
  if (bits < MIN_BITS) return MIN_BITS;
  return canon(bits);
}

function isSafe(x: number): boolean {
  return x < SAFE && x > -SAFE;
}

/**
 * The bits of a value bound for a `Float64Array` scratch row. Matrix entries of an epoch are shares,
 * weights and bonds — far inside the exact range — so a bigint here means a broken invariant.
 */
export function rowValue(x: I32F32): number {
  if (typeof x === 'number') return x;
  throw new RangeError(`I32F32 matrix entry ${x} is outside the exact number range`);
}

/** Raw bits as a bigint. */
export function toBits(x: I32F32): bigint {
  return typeof x === 'number' ? BigInt(x) : x;
}

/** An I32F32 from raw bits (saturating). */
export function fromBits(bits: bigint): I32F32 {
  return saturate(bits);
}

/** `I32F32::saturating_from_num(int)`. */
export function fromInt(value: number | bigint): I32F32 {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError(`fromInt: ${value} is not an integer`);
    const bits = value * FRAC;
    if (isSafe(bits)) return bits;
    return saturate(BigInt(value) << FRAC_BITS);
  }
  return saturate(value << FRAC_BITS);
}

/** `saturating_add`. Plain `+` in Rust gives the same result wherever the epoch uses it (no overflow). */
export function add(a: I32F32, b: I32F32): I32F32 {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (isSafe(s)) return s;
  }
  return saturate(toBits(a) + toBits(b));
}

/**
 * Σ values, exactly, saturated once at the end. Integer and fractional parts are summed separately
 * in numbers, so long sums of large values (rows of u16 weights) need no bigint. For non-negative
 * values, as in every epoch sum, this equals adding one by one with saturation.
 */
export function sumOf(values: ArrayLike<I32F32>): I32F32 {
  let high = 0;
  let low = 0;
  let big = 0n;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'number') {
      const h = Math.floor(v / FRAC);
      high += h;
      low += v - h * FRAC;
    } else {
      big += v;
    }
  }
  // |high| < 2^21 per term and |low| < 2^32 per term stay exact for any realistic length (< 2^20 terms).
  if (big === 0n) {
    const total = high * FRAC + low;
    if (isSafe(total) && isSafe(high * FRAC)) return total;
  }
  return saturate(BigInt(high) * 4294967296n + BigInt(low) + big);
}

/**
 * Exact per-column sums, as `sumOf` does for one list: integer and fractional parts accumulate
 * separately in numbers, so summing many large values needs no bigint.
 */
export class ColumnSums {
  private readonly high: Float64Array;
  private readonly low: Float64Array;
  private readonly big: bigint[];

  constructor(columns: number) {
    this.high = new Float64Array(columns);
    this.low = new Float64Array(columns);
    this.big = new Array(columns).fill(0n);
  }

  /** Adds v to column j. */
  add(j: number, v: I32F32): void {
    if (typeof v === 'number') {
      const h = Math.floor(v / FRAC);
      this.high[j] += h;
      this.low[j] += v - h * FRAC;
    } else {
      this.big[j] += v;
    }
  }

  /** The sum of column j, saturated. */
  total(j: number): I32F32 {
    const high = this.high[j];
    const low = this.low[j];
    const big = this.big[j];
    if (big === 0n) {
      const total = high * FRAC + low;
      if (isSafe(total) && isSafe(high * FRAC)) return total;
    }
    return saturate(BigInt(high) * 4294967296n + BigInt(low) + big);
  }
}

/** `saturating_sub`. */
export function sub(a: I32F32, b: I32F32): I32F32 {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (isSafe(s)) return s;
  }
  return saturate(toBits(a) - toBits(b));
}

/** `checked_add`: the sum, or null when it leaves the range. */
export function addChecked(a: I32F32, b: I32F32): I32F32 | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (isSafe(s)) return s;
  }
  const bits = toBits(a) + toBits(b);
  return bits > MAX_BITS || bits < MIN_BITS ? null : canon(bits);
}

/** `saturating_neg`. */
export function neg(a: I32F32): I32F32 {
  return typeof a === 'number' ? (a === 0 ? 0 : -a) : saturate(-a);
}

/** Whether a safe integer is a multiple of 2^32 (an integer-valued I32F32), without a float modulo. */
function isWhole(x: number): boolean {
  return Math.floor(x / FRAC) * FRAC === x;
}

/**
 * `checked_mul`: floor of the product, or null when it leaves the I32F32 range. Every number path is
 * exact floor(a·b / 2^32) whenever its intermediate values are safe integers, so the first that
 * applies gives the answer.
 */
export function mulChecked(a: I32F32, b: I32F32): I32F32 | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (isSafe(p)) return Math.floor(p / FRAC);
    // Split b into 16-bit halves: floor(a·b / 2^32) = floor((a·bh + floor(a·bl / 2^16)) / 2^16).
    const bh = Math.floor(b / HALF_WORD);
    const bl = b - bh * HALF_WORD;
    const high = a * bh;
    const low = a * bl;
    if (isSafe(high) && isSafe(low)) {
      const sum = high + Math.floor(low / HALF_WORD);
      if (isSafe(sum)) return Math.floor(sum / HALF_WORD);
    }
    // An integer-valued factor k × 2^32 makes the product exact: a × k.
    if (isWhole(b)) {
      const q = a * (b / FRAC);
      if (isSafe(q)) return q;
    } else if (isWhole(a)) {
      const q = b * (a / FRAC);
      if (isSafe(q)) return q;
    }
  }
  const bits = (toBits(a) * toBits(b)) >> FRAC_BITS;
  if (bits > MAX_BITS || bits < MIN_BITS) return null;
  return canon(bits);
}

/** `saturating_mul`: floor of the product, saturated to the range. */
export function mul(a: I32F32, b: I32F32): I32F32 {
  // The number cases are kept small so that they inline; everything else goes out of line.
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (p < SAFE && p > -SAFE) return Math.floor(p / FRAC);
    // Products of two shares (up to 2^64 bits): the exact 16-bit split of `mulChecked`.
    const bh = Math.floor(b / HALF_WORD);
    const high = a * bh;
    const low = a * (b - bh * HALF_WORD);
    if (high < SAFE && high > -SAFE && low < SAFE && low > -SAFE) {
      const sum = high + Math.floor(low / HALF_WORD);
      if (sum < SAFE && sum > -SAFE) return Math.floor(sum / HALF_WORD);
    }
  }
  return mulSlow(a, b);
}

function mulSlow(a: I32F32, b: I32F32): I32F32 {
  const r = mulChecked(a, b);
  if (r !== null) return r;
  return a > 0 === b > 0 ? MAX_BITS : MIN_BITS;
}

/** `checked_mul(..).unwrap_or_default()`: 0 when the product overflows. */
export function mulOrZero(a: I32F32, b: I32F32): I32F32 {
  return mulChecked(a, b) ?? 0;
}

/** floor(n / d) for non-negative safe integers n and d > 0, n + d < 2^53. */
function floorDiv(n: number, d: number): number {
  let q = Math.floor(n / d);
  const r = n - q * d;
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  return q;
}

/** trunc(a × 2^32 / b) on bigints, or null when the quotient leaves the range or b is 0. */
function divBig(a: bigint, b: bigint): I32F32 | null {
  if (b === 0n) return null;
  const q = (a << FRAC_BITS) / b;
  if (q > MAX_BITS || q < MIN_BITS) return null;
  return canon(q);
}

/** trunc(n / k) with the sign of a/b, for |n| < 2^52 and a positive integer k < 2^52. */
function truncDiv(n: number, k: number, negative: boolean): number {
  const q = floorDiv(n, k);
  return negative && q !== 0 ? -q : q;
}

// One-entry cache for a large divisor: normalizing a row divides many values by one sum.
let lastDivisor: bigint | null = null;
let lastInteger: number | null = null;

/** |d| / 2^32 when d is a multiple of 2^32 (an integer-valued fixed), else null. */
function integerPart(d: bigint): number | null {
  if (d === lastDivisor) return lastInteger;
  const magnitude = d < 0n ? -d : d;
  lastDivisor = d;
  lastInteger = (magnitude & 0xffffffffn) === 0n ? Number(magnitude >> FRAC_BITS) : null;
  return lastInteger;
}

/** trunc(a × 2^32 / b) for numbers, or undefined when no fast path applies. */
function divNumber(a: number, b: number): I32F32 | undefined {
  const negative = a < 0 !== b < 0;
  const n = Math.abs(a);
  const d = Math.abs(b);
  if (n >= LIMIT_DIV || d >= LIMIT_DIV) return undefined;
  // An integer-valued divisor k × 2^32 gives trunc(a / k) exactly.
  if (isWhole(d)) return truncDiv(n, d / FRAC, negative);
  // One floating division, then the exact remainder x − q·d (Dekker's product) corrects q by ±1.
  const x = n * FRAC; // exact: scaling by a power of two
  let q = Math.floor(x / d);
  if (q >= LIMIT_DIV) return undefined; // the quotient would not be a safe integer
  const r = exactRemainder(x, q, d);
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  return negative && q !== 0 ? -q : q;
}

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's splitting constant for doubles

/**
 * x − q·d exactly, for integers with q·d within a few units of x and all below 2^53·2^32: q·d is
 * split into its rounded product p and the rounding error (Dekker), and x − p is exact (Sterbenz).
 */
function exactRemainder(x: number, q: number, d: number): number {
  const p = q * d;
  let t = SPLITTER * q;
  const qh = t - (t - q);
  const ql = q - qh;
  t = SPLITTER * d;
  const dh = t - (t - d);
  const dl = d - dh;
  const err = qh * dh - p + qh * dl + ql * dh + ql * dl;
  return x - p - err;
}

/** `checked_div`: truncating division, or null when b is 0 or the quotient overflows. */
export function divChecked(a: I32F32, b: I32F32): I32F32 | null {
  if (b === 0) return null;
  if (typeof a === 'number') {
    if (typeof b === 'number') {
      const r = divNumber(a, b);
      if (r !== undefined) return r;
    } else if (a < LIMIT_DIV && a > -LIMIT_DIV) {
      const k = integerPart(b);
      if (k !== null) return truncDiv(Math.abs(a), k, a < 0 !== b < 0n);
    }
  }
  return divBig(toBits(a), toBits(b));
}

/** `safe_div`: truncating division; x / 0 = 0 and an overflowing quotient gives 0. */
export function div(a: I32F32, b: I32F32): I32F32 {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = divNumber(a, b);
    if (r !== undefined) return r;
  }
  return divChecked(a, b) ?? 0;
}

/**
 * `values[i] = div(values[i], divisor)` for every entry of a matrix row, in place. A positive
 * integer-valued divisor k·2^32 (the sum of a row of u16 weights) divides each non-negative entry
 * by k with one exact floor division, as `div` does for such a divisor; other entries and divisors go
 * through `div` one by one.
 */
export function divideEach(values: Float64Array, divisor: I32F32): void {
  let k: number | null = null;
  if (typeof divisor === 'number') {
    if (divisor > 0 && isWhole(divisor)) k = divisor / FRAC;
  } else if (divisor > 0n) {
    k = integerPart(divisor);
  }
  if (k !== null && k < LIMIT_DIV) {
    for (let i = 0; i < values.length; i++) {
      const x = values[i];
      values[i] = x >= 0 && x < LIMIT_DIV ? floorDiv(x, k) : rowValue(div(x, divisor));
    }
    return;
  }
  for (let i = 0; i < values.length; i++) values[i] = rowValue(div(values[i], divisor));
}

/** `saturating_div`: truncating division saturated to the range (x / 0 saturates by the sign of x). */
export function divSaturating(a: I32F32, b: I32F32): I32F32 {
  const r = divChecked(a, b);
  if (r !== null) return r;
  if (a === 0) return 0;
  const positive = a > 0 === b >= 0;
  return positive ? MAX_BITS : MIN_BITS;
}

/** The smaller of two values. */
export function min(a: I32F32, b: I32F32): I32F32 {
  return b < a ? b : a;
}

/** The larger of two values. */
export function max(a: I32F32, b: I32F32): I32F32 {
  return b > a ? b : a;
}

/** `clamp_value(x, low, high)` = x.min(high).max(low). */
export function clamp(x: I32F32, low: I32F32, high: I32F32): I32F32 {
  return max(min(x, high), low);
}

/** Integer part, floored (the bits shifted right by 32). */
function floorInt(x: I32F32): bigint | number {
  return typeof x === 'number' ? Math.floor(x / FRAC) : x >> FRAC_BITS;
}

/** `saturating_to_num::<u16>()`: floor, then clamp to [0, 65535]. */
export function toU16(x: I32F32): number {
  const i = floorInt(x);
  if (i <= 0) return 0;
  if (i >= 65535) return 65535;
  return Number(i);
}

/** `saturating_to_num::<u64>()`: floor, then clamp to [0, 2^64 − 1]. */
export function toU64(x: I32F32): bigint {
  const i = floorInt(x);
  if (i <= 0) return 0n;
  return BigInt(i);
}

/** `round()`: nearest, ties away from zero. */
export function round(x: I32F32): I32F32 {
  const bits = toBits(x);
  const half = 1n << 31n;
  const mask = (1n << FRAC_BITS) - 1n;
  const magnitude = bits < 0n ? -bits : bits;
  let rounded = (magnitude + half) & ~mask;
  if (bits < 0n) rounded = -rounded;
  return saturate(rounded);
}

/** `I32F32::from_num(f64)`: nearest representable value, ties to even (tests and constants only). */
export function fromFloat(value: number): I32F32 {
  if (!Number.isFinite(value)) throw new RangeError(`fromFloat: ${value} is not finite`);
  const scaled = value * FRAC; // exact: scaling by a power of two
  const floor = Math.floor(scaled);
  const rest = scaled - floor; // exact for |scaled| < 2^52; 0 above, where scaled is an integer
  let bits = floor;
  if (rest > 0.5 || (rest === 0.5 && floor % 2 !== 0)) bits = floor + 1;
  return isSafe(bits) ? bits : saturate(BigInt(bits));
}

/** The value as a float (for display and tests; never fed back into the math). */
export function toFloat(x: I32F32): number {
  return Number(x) / FRAC;
}

/** u16 weight or bond value as I32F32 (`u16_to_fixed`). */
export function fromU16(value: number): I32F32 {
  return value * FRAC;
}

/** `u16_proportion_to_fixed`: x / 65535. */
export function fromU16Proportion(value: number): I32F32 {
  return div(fromU16(value), U16_MAX);
}

/** Below this magnitude x × 65535 is an exact number, and so is `mul(x, U16_MAX)`. */
const PROPORTION_EXACT = 2 ** 37;

/** `fixed_proportion_to_u16`: floor(x × 65535), clamped to u16. */
export function toU16Proportion(x: I32F32): number {
  if (typeof x === 'number' && x < PROPORTION_EXACT && x > -PROPORTION_EXACT) {
    const i = Math.floor((x * 65535) / FRAC);
    return i <= 0 ? 0 : i >= 65535 ? 65535 : i;
  }
  return toU16(mul(x, U16_MAX));
}
