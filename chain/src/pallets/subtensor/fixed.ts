/**
 * The `substrate_fixed` arithmetic the coinbase computes in, on raw bits: `U96F32`/`I96F32` carry 32
 * fractional bits, `U64F64`/`I64F64` carry 64. Multiplication and division truncate (floor for the
 * non-negative values the coinbase handles), `from_num` of a narrower fraction is exact and of a wider
 * one truncates, `to_num::<u64>` floors and saturates: the rounding of subtensor's `saturating_*` and
 * `safe_div` calls. `FIX32` (`inherited-stake.ts`) and `ONE` (`swap/balancer.ts`) are 1.0 in these widths.
 */
import { ONE } from '../swap/balancer.js';
import { FIX32 } from './inherited-stake.js';

/** Fractional bits: 32 (`U96F32`, `I96F32`) or 64 (`U64F64`, `I64F64`). */
export type FracBits = 32n | 64n;

const U64_MAX = (1n << 64n) - 1n;

export { FIX32, ONE };

/** `from_num(n)` of an integer. @example fromInt(3n, 32n) // 3n << 32n */
export function fromInt(n: bigint, frac: FracBits): bigint {
  return n << frac;
}

/** `a · b`, truncated. @example mulFx(FIX32, 5n << 32n, 32n) // 5n << 32n */
export function mulFx(a: bigint, b: bigint, frac: FracBits): bigint {
  return (a * b) >> frac;
}

/** `a.safe_div(b)` / `checked_div(...).unwrap_or(0)`: `a / b` truncated, 0 when `b` is 0. @example divFx(1n << 32n, 2n << 32n, 32n) // 1n << 31n */
export function divFx(a: bigint, b: bigint, frac: FracBits): bigint {
  return b === 0n ? 0n : (a << frac) / b;
}

/** `a.saturating_sub(b)` for an unsigned type. @example satSub(1n, 2n) // 0n */
export function satSub(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}

/** `saturating_to_num::<u64>()`: the integer part, 0 below zero, `u64::MAX` above. @example toU64(5n << 32n, 32n) // 5n */
export function toU64(bits: bigint, frac: FracBits): bigint {
  if (bits <= 0n) return 0n;
  const n = bits >> frac;
  return n > U64_MAX ? U64_MAX : n;
}

/** Re-expresses bits with `from` fractional bits in `to` (`U64F64::from_num(U96F32)` and back; truncating). @example convertFx(1n << 32n, 32n, 64n) // 1n << 64n */
export function convertFx(bits: bigint, from: FracBits, to: FracBits): bigint {
  return to >= from ? bits << (to - from) : bits >> (from - to);
}

/** `U96F32::from_num(stored) / U96F32::from_num(max)`: a stored proportion (`u16` of `u16::MAX`, `u64` of `u64::MAX`) as U96F32 bits. @example proportion32(65_535n, 65_535n) // FIX32 */
export function proportion32(stored: bigint, max: bigint): bigint {
  return divFx(fromInt(stored, 32n), fromInt(max, 32n), 32n);
}
