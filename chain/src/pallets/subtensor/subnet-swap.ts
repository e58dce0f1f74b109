/**
 * Swaps through a subnet's TAO/alpha pool as `stake_utils.rs` `swap_tao_for_alpha` / `swap_alpha_for_tao`
 * drive `pallet_subtensor_swap`: dynamic subnets (mechanism 1) go through the balancer pool with the swap
 * fee (`Swap.FeeRate`); root and stable subnets swap 1:1 without fee. The reserves and counters move here;
 * the fee is what the caller sends to the block author — the devnet has none, so it is burned, as
 * subtensor does when no author is found.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { ONE, priceBits } from '../swap/balancer.js';
import { swapFail } from '../swap/errors.js';
import { FeeRate } from '../swap/storage.js';
import {
  MAX_PRICE,
  MIN_PRICE,
  type SwapDirection,
  type SwapOutcome,
  type SwapRefusal,
  swapStep,
} from '../swap/swap-step.js';
import {
  NetworksAdded,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetMechanism,
  SubnetTAO,
  SubnetVolume,
  TotalStake,
} from './storage.js';

export { MAX_PRICE, MIN_PRICE, type SwapOutcome };

/** Whether a subnet swaps through the balancer pool (mechanism 1, not root). @example isDynamic(state, 1) */
export function isDynamic(state: StateReader, netuid: number): boolean {
  return netuid !== 0 && SubnetMechanism.get(state, netuid) === 1;
}

/**
 * `current_alpha_price` as U64F64 bits: `SubnetTAO / SubnetAlphaIn` on dynamic subnets (0 without alpha), 1 otherwise.
 *
 * @example
 * currentPriceBits(state, 1) // 1n << 64n at a 1:1 pool
 */
export function currentPriceBits(state: StateReader, netuid: number): bigint {
  if (!isDynamic(state, netuid)) return ONE;
  return priceBits(SubnetTAO.get(state, netuid), SubnetAlphaIn.get(state, netuid));
}

/** The alpha price in TAO as a float (for display fields). @example alphaPrice(state, 0) // 1 */
export function alphaPrice(state: StateReader, netuid: number): number {
  return Number(currentPriceBits(state, netuid)) / 2 ** 64;
}

/**
 * One swap with `limitRao` (rao per alpha) and `dropFees`; reads the pool, changes nothing. `sim_swap` is
 * this with the default limit (`MAX_PRICE` buying, `MIN_PRICE` selling) and fees on.
 *
 * @example
 * simulateSwap(state, 1, 'taoForAlpha', 10n ** 9n)
 */
export function simulateSwap(
  state: StateReader,
  netuid: number,
  direction: SwapDirection,
  amount: bigint,
  limitRao: bigint = direction === 'taoForAlpha' ? MAX_PRICE : MIN_PRICE,
  dropFees = false,
): SwapOutcome | SwapRefusal {
  if (!isDynamic(state, netuid)) {
    const moved = netuid === 0 || NetworksAdded.get(state, netuid) ? amount : 0n;
    return { paidIn: moved, paidOut: moved, fee: 0n };
  }
  return swapStep(
    {
      tao: SubnetTAO.get(state, netuid),
      alpha: SubnetAlphaIn.get(state, netuid),
      feeRate: FeeRate.get(state, netuid),
    },
    direction,
    amount,
    limitRao,
    dropFees,
  );
}

function execute(
  state: StateReader,
  netuid: number,
  direction: SwapDirection,
  amount: bigint,
  limitRao: bigint,
  dropFees: boolean,
): SwapOutcome {
  if (!isDynamic(state, netuid)) return { paidIn: amount, paidOut: amount, fee: 0n };
  const out = simulateSwap(state, netuid, direction, amount, limitRao, dropFees);
  return typeof out === 'string' ? swapFail(out) : out;
}

const sat = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

/**
 * `swap_tao_for_alpha`: buys alpha with `tao` (at most up to `limitRao`); the pool keeps the TAO net of
 * the fee, the alpha bought becomes outstanding. Fails with the `Swap` error of a refused swap.
 *
 * @example
 * const { paidOut: alpha } = swapTaoForAlpha(state, 1, 10n ** 9n);
 */
export function swapTaoForAlpha(
  state: StateOverlay,
  netuid: number,
  tao: bigint,
  limitRao: bigint = MAX_PRICE,
  dropFees = false,
): SwapOutcome {
  const out = execute(state, netuid, 'taoForAlpha', tao, limitRao, dropFees);
  SubnetAlphaIn.set(state, netuid, sat(SubnetAlphaIn.get(state, netuid), out.paidOut));
  SubnetAlphaOut.set(state, netuid, SubnetAlphaOut.get(state, netuid) + out.paidOut);
  SubnetTAO.set(state, netuid, SubnetTAO.get(state, netuid) + out.paidIn);
  TotalStake.set(state, TotalStake.get(state) + tao);
  SubnetVolume.set(state, netuid, SubnetVolume.get(state, netuid) + tao);
  return out;
}

/**
 * `swap_alpha_for_tao`: sells `alpha` (at least down to `limitRao`); the pool takes the alpha net of the
 * fee and pays the TAO out.
 *
 * @example
 * const { paidOut: tao } = swapAlphaForTao(state, 1, 10n ** 9n);
 */
export function swapAlphaForTao(
  state: StateOverlay,
  netuid: number,
  alpha: bigint,
  limitRao: bigint = MIN_PRICE,
  dropFees = false,
): SwapOutcome {
  const out = execute(state, netuid, 'alphaForTao', alpha, limitRao, dropFees);
  SubnetAlphaIn.set(state, netuid, SubnetAlphaIn.get(state, netuid) + out.paidIn);
  SubnetAlphaOut.set(state, netuid, sat(SubnetAlphaOut.get(state, netuid), out.paidIn));
  SubnetTAO.set(state, netuid, sat(SubnetTAO.get(state, netuid), out.paidOut));
  TotalStake.set(state, sat(TotalStake.get(state), out.paidOut));
  SubnetVolume.set(state, netuid, SubnetVolume.get(state, netuid) + out.paidOut);
  return out;
}
