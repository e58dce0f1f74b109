/**
 * One swap through a subnet's balancer pool (`pallet_subtensor_swap`: `do_swap` → `swap_inner` →
 * `BasicSwapStep`): the fee comes off the input first, the rest is swapped unless the price would pass the
 * limit, in which case only the input that brings the price to the limit is swapped and the fee is
 * recomputed on it. Pure: the caller applies the outcome to the reserves.
 */
import {
  convertDeltas,
  deltaInToPrice,
  feeBits,
  mulBits,
  netFeeBits,
  priceBits,
  ratioBits,
} from './balancer.js';

/** `MAX_SWAP_INPUT_RESERVE_MULTIPLIER`: an input may be at most 1000× the input-side reserve. */
export const MAX_SWAP_INPUT_RESERVE_MULTIPLIER = 1000n;
/** `SwapMinimumReserve`: the output-side reserve must hold at least this much. */
export const MINIMUM_RESERVE = 1_000_000n;
/** `min_price()` / `max_price()` in rao per alpha: the "no limit" prices. */
export const MIN_PRICE = 1000n;
export const MAX_PRICE = 1_000_000_000_000_000n;

/** `GetAlphaForTao` (stake: TAO in, price rises) or `GetTaoForAlpha` (unstake: alpha in, price falls). */
export type SwapDirection = 'taoForAlpha' | 'alphaForTao';

/** A subnet pool's reserves and fee rate (`FeeRate`, parts of u16::MAX). */
export interface PoolState {
  readonly tao: bigint;
  readonly alpha: bigint;
  readonly feeRate: number;
}

/** `SwapResult`: input swapped (net of fee), output, and the fee (all of it to the block author). */
export interface SwapOutcome {
  readonly paidIn: bigint;
  readonly paidOut: bigint;
  readonly fee: bigint;
}

/** The `Swap` pallet errors a swap can end in. */
export type SwapRefusal =
  | 'PriceLimitExceeded'
  | 'ReservesTooLow'
  | 'SwapInputTooLarge'
  | 'InsufficientLiquidity';

/** The limit price (rao per alpha) as U64F64 bits, as `SwapEngine::swap` converts it. */
export function limitBits(limitRao: bigint): bigint {
  return ratioBits(limitRao, 1_000_000_000n);
}

/**
 * Runs one swap step; returns the outcome or the `Swap` error the runtime would fail with.
 *
 * @example
 * const out = swapStep({ tao: 10n ** 12n, alpha: 10n ** 12n, feeRate: 33 }, 'taoForAlpha', 10n ** 9n, MAX_PRICE, false);
 */
export function swapStep(
  pool: PoolState,
  direction: SwapDirection,
  amount: bigint,
  limitRao: bigint,
  dropFees: boolean,
): SwapOutcome | SwapRefusal {
  const buying = direction === 'taoForAlpha';
  const reserveIn = buying ? pool.tao : pool.alpha;
  const reserveOut = buying ? pool.alpha : pool.tao;
  let fee = dropFees ? 0n : mulBits(amount, feeBits(pool.feeRate));
  const requested = amount - fee;
  if (requested > reserveIn * MAX_SWAP_INPUT_RESERVE_MULTIPLIER) return 'SwapInputTooLarge';
  if (reserveOut < MINIMUM_RESERVE) return 'ReservesTooLow';
  const current = priceBits(pool.tao, pool.alpha);
  const limit = limitBits(limitRao);
  if (buying ? !(current < limit) : !(current > limit)) return 'PriceLimitExceeded';

  const fullOut = convertDeltas(reserveIn, reserveOut, requested);
  const target = buying
    ? priceBits(pool.tao + requested, sub(pool.alpha, fullOut))
    : priceBits(sub(pool.tao, fullOut), pool.alpha + requested);
  let deltaIn = requested;
  if (buying ? target > limit : target < limit) {
    deltaIn = buying ? deltaInToPrice(pool.tao, limit, current) : deltaInToPrice(pool.alpha, current, limit);
    fee = dropFees ? 0n : mulBits(deltaIn, netFeeBits(pool.feeRate));
  }
  const deltaOut = convertDeltas(reserveIn, reserveOut, deltaIn);
  if (deltaIn > 0n && deltaOut === 0n) return 'ReservesTooLow';
  if (reserveOut < deltaOut) return 'InsufficientLiquidity';
  return { paidIn: deltaIn, paidOut: deltaOut, fee };
}

function sub(a: bigint, b: bigint): bigint {
  return a > b ? a - b : 0n;
}
