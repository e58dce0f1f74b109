/**
 * Vector helpers of subtensor's `epoch/math.rs`, under the same names, on I32F32 values.
 */
import { div, type I32F32, mulOrZero, sumOf, ZERO as ZERO_BITS } from '../fixed/i32f32.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ZERO: I32F32 = ZERO_BITS;

/** `sum`: plain sum of the values. */
export function sum(x: readonly I32F32[]): I32F32 {
  return sumOf(x);
}

/** `is_zero`: true when the values sum to 0. */
export function is_zero(x: readonly I32F32[]): boolean {
  return sum(x) === ZERO;
}

/** `normalize`: x / Σx, or a copy of x when the sum is 0. */
export function normalize(x: readonly I32F32[]): I32F32[] {
  const out = x.slice();
  inplace_normalize(out);
  return out;
}

/** `inplace_normalize`: x ← x / Σx unless the sum is 0. */
export function inplace_normalize(x: I32F32[]): void {
  inplace_normalize_using_sum(x, sum(x));
}

/** `inplace_normalize_using_sum`: x ← x / xSum unless xSum is 0. */
export function inplace_normalize_using_sum(x: I32F32[], xSum: I32F32): void {
  if (xSum === ZERO) return;
  for (let i = 0; i < x.length; i++) x[i] = div(x[i], xSum);
}

/**
 * `inplace_mask_vector`: zero x_i where mask_i is true; a missing mask entry masks, an empty mask
 * masks nothing (as in subtensor).
 */
export function inplace_mask_vector(mask: readonly boolean[], x: I32F32[]): void {
  if (mask.length === 0) return;
  for (let i = 0; i < x.length; i++) {
    if (i >= mask.length || mask[i]) x[i] = ZERO;
  }
}

/** `vec_mul`: element-wise product over the shorter length; an overflowing product gives 0. */
export function vec_mul(a: readonly I32F32[], b: readonly I32F32[]): I32F32[] {
  const len = Math.min(a.length, b.length);
  // Stryker disable next-line ArrayDeclaration: equivalent, every index is assigned below
  const out: I32F32[] = new Array(len);
  for (let i = 0; i < len; i++) out[i] = mulOrZero(a[i], b[i]);
  return out;
}

/** Indices 0..n sorted ascending by value, stable (ties keep uid order). */
function ascendingOrder(x: readonly I32F32[]): number[] {
  const idx = Array.from(x, (_, i) => i);
  // The sort is stable and V8 compares a later index with an earlier one, so the tie-break (i − j) only
  // says what the sort does anyway: its mutants, and one answering 1 for a tie, keep the same order.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, see above
  return idx.sort((i, j) => (x[i] < x[j] ? -1 : x[i] > x[j] ? 1 : i - j));
}

/** `is_topk`: true for the k largest values; the first len − k of a stable ascending sort lose. */
export function is_topk(x: readonly I32F32[], k: number): boolean[] {
  return dropLowest(
    x,
    x.map(() => true),
    k,
  );
}

/** `is_topk_nonzero`: like `is_topk`, and zero values are never selected. */
export function is_topk_nonzero(x: readonly I32F32[], k: number): boolean[] {
  return dropLowest(
    x,
    x.map((v) => v !== ZERO),
    k,
  );
}

function dropLowest(x: readonly I32F32[], result: boolean[], k: number): boolean[] {
  const order = ascendingOrder(x); // with k >= x.length nothing is dropped
  for (let r = 0; r < x.length - k; r++) result[order[r]] = false;
  return result;
}
