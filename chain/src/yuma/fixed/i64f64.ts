/**
 * I64F64 (signed 128-bit, 64 fractional bits) and I96F32 (signed 128-bit, 32 fractional bits) as raw bigint bits.
 * The epoch uses them only on per-uid vectors (stake normalization, emission in rao), so bigint is fast enough.
 */
import { type I32F32, fromBits as i32FromBits, toBits as i32ToBits } from './i32f32.js';

/** I64F64 raw bits (value × 2^64). */
export type I64F64 = bigint;
/** I96F32 raw bits (value × 2^32). */
export type I96F32 = bigint;

const I128_MAX = (1n << 127n) - 1n;
const I128_MIN = -(1n << 127n);
const U64_MAX = (1n << 64n) - 1n;

function saturate128(bits: bigint): bigint {
  if (bits > I128_MAX) return I128_MAX;
  if (bits < I128_MIN) return I128_MIN;
  return bits;
}

/** I64F64 from an unsigned integer (saturating). */
export function i64f64FromInt(value: bigint): I64F64 {
  return saturate128(value << 64n);
}

/** `saturating_add` on I64F64. */
export function i64f64Add(a: I64F64, b: I64F64): I64F64 {
  return saturate128(a + b);
}

/** `saturating_mul` on I64F64: floor of the product. */
export function i64f64Mul(a: I64F64, b: I64F64): I64F64 {
  return saturate128((a * b) >> 64n);
}

/** `safe_div` on I64F64: truncating; x / 0 = 0; an overflowing quotient gives 0. */
export function i64f64Div(a: I64F64, b: I64F64): I64F64 {
  if (b === 0n) return 0n;
  const q = (a << 64n) / b;
  return q > I128_MAX || q < I128_MIN ? 0n : q;
}

/** `saturating_to_num::<u64>()`: floor, clamped to [0, u64::MAX]. */
export function i64f64ToU64(x: I64F64): bigint {
  const i = x >> 64n;
  if (i < 0n) return 0n;
  return i > U64_MAX ? U64_MAX : i;
}

/** `I32F32::saturating_from_num(I64F64)`: drops 32 fractional bits (floor), saturating. */
export function i64f64ToI32F32(x: I64F64): I32F32 {
  return i32FromBits(x >> 32n);
}

/** `inplace_normalize_64`: x_i / Σx (truncating); unchanged when the sum is 0. */
export function inplace_normalize_64(x: I64F64[]): void {
  let sum = 0n;
  for (const v of x) sum += v;
  if (sum === 0n) return;
  for (let i = 0; i < x.length; i++) x[i] = i64f64Div(x[i], sum);
}

/** U96F32 bits of `TaoWeight / u64::MAX`, widened to I64F64 bits, as `get_tao_weight` computes it. */
export function taoWeightToI64F64(taoWeight: bigint): I64F64 {
  const u96 = (taoWeight << 32n) / U64_MAX; // U96F32 safe_div, truncating
  return u96 << 32n;
}

/** I96F32 from I32F32 (same fractional bits). */
export function i96f32FromI32F32(x: I32F32): I96F32 {
  return i32ToBits(x);
}

/** I96F32 from an unsigned integer. */
export function i96f32FromInt(value: bigint): I96F32 {
  return saturate128(value << 32n);
}

/** `saturating_mul` on I96F32: floor of the product. */
export function i96f32Mul(a: I96F32, b: I96F32): I96F32 {
  return saturate128((a * b) >> 32n);
}

/** `saturating_to_num::<u64>()` on I96F32. */
export function i96f32ToU64(x: I96F32): bigint {
  const i = x >> 32n;
  if (i < 0n) return 0n;
  return i > U64_MAX ? U64_MAX : i;
}

/** `checked_div` on I96F32, truncating; `None` (division by zero or overflow) is returned as `undefined`. */
export function i96f32Div(a: I96F32, b: I96F32): I96F32 | undefined {
  if (b === 0n) return undefined;
  const q = (a << 32n) / b;
  return q > I128_MAX || q < I128_MIN ? undefined : q;
}

/** `saturating_add` on I96F32. */
export function i96f32Add(a: I96F32, b: I96F32): I96F32 {
  return saturate128(a + b);
}

/** `saturating_sub` on I96F32. */
export function i96f32Sub(a: I96F32, b: I96F32): I96F32 {
  return saturate128(a - b);
}

/** `saturating_to_num::<u128>()` on I96F32: floor, clamped to [0, u128::MAX]. */
export function i96f32ToU128(x: I96F32): bigint {
  const i = x >> 32n;
  return i < 0n ? 0n : i;
}
