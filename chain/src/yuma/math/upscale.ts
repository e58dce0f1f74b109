/**
 * u16 conversions of weight vectors from subtensor's `epoch/math.rs`, used by `set_weights`.
 */
import {
  div,
  fromInt,
  fromU16,
  type I32F32,
  max as maxOf,
  mul,
  round,
  toU16,
  U16_MAX as U16_MAX_BITS,
} from '../fixed/i32f32.js';
import { inplace_normalize } from './vector.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const U16_MAX: I32F32 = U16_MAX_BITS;

const THRESHOLD = fromInt(32768);

/**
 * `vec_max_upscale_to_u16`: scale so the largest value becomes 65535, rounding ties away from zero.
 * For a maximum above 32768 it multiplies by 65535/max; otherwise it multiplies first and divides after.
 *
 * @example
 * vec_max_upscale_to_u16([fromInt(1), fromInt(2)]); // [32768, 65535]
 */
export function vec_max_upscale_to_u16(x: readonly I32F32[]): number[] {
  // Rust's special cases need none here: an empty vector maps to an empty one, and a largest value of 0
  // (every entry <= 0) gives zeros either way, as x / 0 = 0 and a negative value converts to 0.
  let largest: I32F32 = x[0];
  for (const e of x) largest = maxOf(largest, e);
  // At exactly 32768 both orders agree: 65535 / 32768 is exact in I32F32.
  // Stryker disable next-line EqualityOperator: equivalent, see above
  if (largest > THRESHOLD) {
    const factor = div(U16_MAX, largest);
    return x.map((e) => toU16(round(mul(e, factor))));
  }
  return x.map((e) => toU16(round(div(mul(e, U16_MAX), largest))));
}

/**
 * `vec_u16_max_upscale_to_u16`: what `set_weights` stores, the max-upscaled u16 weights.
 *
 * @example
 * vec_u16_max_upscale_to_u16([0, 1, 65534]); // [0, 1, 65535]
 */
export function vec_u16_max_upscale_to_u16(x: readonly number[]): number[] {
  return vec_max_upscale_to_u16(x.map(fromU16));
}

/**
 * `check_vec_max_limited`: true when no normalized entry exceeds maxLimit / 65535.
 *
 * @example
 * check_vec_max_limited([0, 65535, 65535], 32767); // false: each half is above 32767/65535
 */
export function check_vec_max_limited(x: readonly number[], maxLimit: number): boolean {
  const limit = div(fromU16(maxLimit), U16_MAX);
  const normalized = x.map(fromU16);
  inplace_normalize(normalized);
  if (normalized.length === 0) return true;
  let largest: I32F32 = normalized[0];
  for (const e of normalized) largest = maxOf(largest, e);
  return largest <= limit;
}
