/**
 * `share_pool::SafeFloat` (subtensor `primitives/share-pool`): a decimal float `mantissa · 10^exponent`
 * with the mantissa normalized into (10^20, 10^21], used for stake shares since `AlphaV2` /
 * `TotalHotkeySharesV2`. Same operations and the same truncations as the Rust type; `undefined` where
 * it returns `None`.
 */
import { field, struct, u128 } from '../../frame/primitives.js';
import { primitive } from '../../frame/scale/type-def.js';

/** A `SafeFloat` value: `mantissa · 10^exponent`. */
export interface SafeFloat {
  readonly mantissa: bigint;
  readonly exponent: bigint;
}

/** `SafeFloat { mantissa: u128, exponent: i64 }` as stored. */
export const SafeFloatType = struct(
  ['share_pool', 'SafeFloat'],
  [field('mantissa', u128, 'u128'), field('exponent', primitive('I64'), 'i64')],
);

const MAX = 10n ** 21n;
const MAX_EXP = 21n;
const MIN = MAX / 10n;
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

/** Zero. */
export const ZERO: SafeFloat = { mantissa: 0n, exponent: 0n };

function pow10(e: bigint): bigint {
  if (e > MAX_EXP + 1n) return MAX * 10n;
  return 10n ** e;
}

function normalize(mantissa: bigint, exponent: bigint): SafeFloat | undefined {
  if (mantissa === 0n) return ZERO;
  let m = mantissa;
  let e = exponent;
  while (m > MAX) {
    m /= 10n;
    e += 1n;
  }
  while (m <= MIN) {
    m *= 10n;
    e -= 1n;
  }
  return e > I64_MAX || e < -I64_MAX - 1n ? undefined : { mantissa: m, exponent: e };
}

/** `SafeFloat::new`. @example safeFloat(5n, 0n) */
export function safeFloat(mantissa: bigint, exponent: bigint): SafeFloat | undefined {
  return mantissa > MAX ? undefined : normalize(mantissa, exponent);
}

/** `SafeFloat::from(u64)` (zero when it does not fit). @example fromU64(1_000n) */
export function fromU64(value: bigint): SafeFloat {
  return safeFloat(value, 0n) ?? ZERO;
}

/** Whether a value is zero. @example isZero(ZERO) // true */
export function isZero(a: SafeFloat): boolean {
  return a.mantissa === 0n;
}

/** `a / b`. @example div(fromU64(1n), fromU64(3n)) */
export function div(a: SafeFloat, b: SafeFloat): SafeFloat | undefined {
  if (b.mantissa === 0n) return undefined;
  return normalize((a.mantissa * MAX) / b.mantissa, a.exponent - b.exponent - MAX_EXP);
}

function align(a: SafeFloat, b: SafeFloat): [bigint, bigint, bigint] {
  if (a.exponent >= b.exponent) return [a.mantissa, b.mantissa / pow10(a.exponent - b.exponent), a.exponent];
  return [a.mantissa / pow10(b.exponent - a.exponent), b.mantissa, b.exponent];
}

/** `a + b` (the smaller operand's digits below the larger's exponent truncated). @example add(fromU64(1n), fromU64(2n)) */
export function add(a: SafeFloat, b: SafeFloat): SafeFloat | undefined {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  const [m1, m2, e] = align(a, b);
  return normalize(m1 + m2, e);
}

/** `a − b`, saturating at zero; `undefined` for `0 − b` with `b ≠ 0`. @example sub(fromU64(3n), fromU64(1n)) */
export function sub(a: SafeFloat, b: SafeFloat): SafeFloat | undefined {
  if (isZero(a) && isZero(b)) return ZERO;
  if (isZero(a)) return undefined;
  if (isZero(b)) return a;
  const [m1, m2, e] = align(a, b);
  return normalize(m1 > m2 ? m1 - m2 : 0n, e);
}

/** `a · b / c`. @example mulDiv(fromU64(10n), fromU64(1n), fromU64(4n)) */
export function mulDiv(a: SafeFloat, b: SafeFloat, c: SafeFloat): SafeFloat | undefined {
  if (c.mantissa === 0n) return undefined;
  return normalize((a.mantissa * b.mantissa) / c.mantissa, a.exponent + b.exponent - c.exponent);
}

/** `u64::from(&SafeFloat)`: truncated, saturating at u64::MAX. @example toU64(fromU64(7n)) // 7n */
export function toU64(a: SafeFloat): bigint {
  let q: bigint;
  if (a.exponent === 0n) q = a.mantissa;
  else if (a.exponent > 0n) q = a.mantissa * pow10(a.exponent);
  else q = a.mantissa / pow10(-a.exponent);
  return q > U64_MAX ? U64_MAX : q;
}

/** `SafeFloat::from(U64F64)`: integer part plus `frac / 2^64`. @example fromU64F64(1n << 64n) */
export function fromU64F64(bits: bigint): SafeFloat {
  if (bits === 0n) return ZERO;
  const whole = safeFloat(bits >> 64n, 0n) ?? ZERO;
  const frac = div(safeFloat(bits & U64_MAX, 0n) ?? ZERO, safeFloat(1n << 64n, 0n) ?? ZERO) ?? ZERO;
  return add(whole, frac) ?? ZERO;
}
