/**
 * substrate-fixed's `transcendental::exp` on I32F32 and subtensor's `exp_safe` around it.
 * A Taylor series summed term by term with I32F32 rounding; negative inputs use 1 / exp(−x).
 */
import {
  addChecked,
  divChecked,
  fromBits,
  fromInt,
  type I32F32,
  mulChecked,
  neg,
  ONE as ONE_BITS,
  ZERO as ZERO_BITS,
} from './i32f32.js';

// Module-local copies: V8 reads a module's own constants much faster than imported bindings in hot loops.
const ONE: I32F32 = ONE_BITS;
const ZERO: I32F32 = ZERO_BITS;

/** e as substrate-fixed's I9F23 constant (floor(e × 2^23)), widened to I32F32 bits. */
const E: I32F32 = fromBits(22802600n << 9n);
const FRAC_NBITS = 32;

/** `exp(x)`, or null where substrate-fixed returns `Err` (an intermediate overflow). */
export function exp(operand: I32F32): I32F32 | null {
  if (operand === ZERO) return ONE;
  if (operand === ONE) return E;
  const negative = operand < 0;
  const x = negative ? neg(operand) : operand;
  let result = addChecked(x, ONE);
  if (result === null) return null;
  let term: I32F32 = x;
  for (let i = 2; i < FRAC_NBITS; i++) {
    const product = mulChecked(term, x);
    if (product === null) return null;
    const quotient = divChecked(product, fromInt(i));
    if (quotient === null) return null;
    term = quotient;
    const sum = addChecked(result, term);
    if (sum === null) return null;
    result = sum;
  }
  return negative ? divChecked(ONE, result) : result;
}

const MIN_INPUT = fromInt(-20);
const MAX_INPUT = fromInt(20);

/** `exp_safe`: input clamped to [−20, 20]; an overflow gives 0 for x ≤ 0, else the maximum. */
export function exp_safe(input: I32F32): I32F32 {
  let x = input;
  if (x < MIN_INPUT) x = MIN_INPUT;
  else if (MAX_INPUT < x) x = MAX_INPUT;
  const out = exp(x);
  if (out !== null) return out;
  return x <= 0 ? ZERO : fromBits((1n << 63n) - 1n);
}
