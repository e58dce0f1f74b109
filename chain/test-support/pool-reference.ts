/**
 * subtensor's swap arithmetic, written out for the tests from `pallets/swap/src/pallet/{swap_step,balancer}.rs`
 * and `staking/move_stake.rs` (weights ½/½, U64F64 fixed point): what a swap should pay, independently of
 * the devnet's code, so the tests compare the chain to hand-computed values to the rao.
 */

/** 1.0 in U64F64 bits. */
const ONE = 1n << 64n;
const E18 = 10n ** 18n;

/** `U64F64::from_num(n).safe_div(U64F64::from_num(d))` as bits. */
export const fixedDiv = (n: bigint, d: bigint): bigint => (d === 0n ? 0n : (n * ONE) / d);
/** `U64F64(bits) · n` → `saturating_to_num::<u64>()`. */
export const fixedMul = (bits: bigint, n: bigint): bigint => (bits * n) / ONE;

/** A subnet pool read from `SubnetTAO` / `SubnetAlphaIn`. */
export interface Pool {
  tao: bigint;
  alpha: bigint;
}

/** What one swap pays: input swapped (net of fee), output, fee. */
export interface Swap {
  paidIn: bigint;
  paidOut: bigint;
  fee: bigint;
}

/** The default `Swap.FeeRate`. */
export const FEE_RATE = 33n;

/** `reserve_out · (1 − U64F64(floor(reserve_in · 10^18 / (reserve_in + Δ)) / 10^18))`, floored. */
function out(reserveIn: bigint, reserveOut: bigint, delta: bigint): bigint {
  const ratio = (reserveIn * E18) / (reserveIn + delta);
  let e = fixedDiv(ratio, E18);
  if (e > ONE) e = ONE;
  return fixedMul(ONE - e, reserveOut);
}

/** An unlimited swap: the fee is `amount · FeeRate / 65535` in U64F64, the rest goes through the pool. */
export function swap(pool: Pool, direction: 'buy' | 'sell', amount: bigint, payFee = true): Swap {
  const fee = payFee ? fixedMul(fixedDiv(FEE_RATE, 65_535n), amount) : 0n;
  const paidIn = amount - fee;
  const paidOut = direction === 'buy' ? out(pool.tao, pool.alpha, paidIn) : out(pool.alpha, pool.tao, paidIn);
  return { paidIn, paidOut, fee };
}

/** The pool after a swap. */
export function after(pool: Pool, direction: 'buy' | 'sell', s: Swap): Pool {
  return direction === 'buy'
    ? { tao: pool.tao + s.paidIn, alpha: pool.alpha - s.paidOut }
    : { tao: pool.tao - s.paidOut, alpha: pool.alpha + s.paidIn };
}

/** `current_alpha_price` bits. */
export const priceBits = (pool: Pool): bigint => fixedDiv(pool.tao, pool.alpha);

function isqrt(n: bigint): bigint {
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/** `T · (sqrt(num/den) − 1)` with the square root floored at 10^-18 (the input that moves the price between them), plus the fee on it `Δ · rate/(65535 − rate)`. */
function inputToPrice(reserveIn: bigint, numBits: bigint, denBits: bigint): bigint {
  const root = isqrt((numBits * E18 * E18) / denBits);
  const e = fixedDiv(root, E18);
  const delta = e > ONE ? fixedMul(e - ONE, reserveIn) : 0n;
  return delta + fixedMul(fixedDiv(FEE_RATE, 65_535n - FEE_RATE), delta);
}

/**
 * `get_max_amount_add`: the TAO (swapped input + fee) that brings the price up to `limitRao`:
 * `T · (sqrt(limit/current) − 1)`, the square root floored at 10^-18, plus the fee `Δ · rate/(65535 − rate)`.
 */
export function maxAmountAdd(pool: Pool, limitRao: bigint): bigint {
  return inputToPrice(pool.tao, fixedDiv(limitRao, 1_000_000_000n), priceBits(pool));
}

/** `get_max_amount_remove`: the alpha (swapped input + fee) that brings the price down to `limitRao`: `α · (sqrt(current/limit) − 1)` plus the fee. */
export function maxAmountRemove(pool: Pool, limitRao: bigint): bigint {
  return inputToPrice(pool.alpha, priceBits(pool), fixedDiv(limitRao, 1_000_000_000n));
}

/**
 * `get_max_amount_move` between two dynamic subnets: `α₂·(T₁/ΣT) / limit − α₁·(T₂/ΣT)`, each factor in U64F64.
 */
export function maxAmountMove(origin: Pool, destination: Pool, limitRao: bigint): bigint {
  const limit = fixedDiv(limitRao, 1_000_000_000n);
  const sum = origin.tao + destination.tao;
  const lhs = (destination.alpha * fixedDiv(origin.tao, sum) * ONE) / limit;
  const rhs = origin.alpha * fixedDiv(destination.tao, sum);
  return lhs > rhs ? (lhs - rhs) / ONE : 0n;
}
