/**
 * `SwapRuntimeApi.sim_swap_*`: what a stake or unstake of an amount would get from a subnet pool now, without swapping
 * (the `pallet_subtensor_swap` runtime API's `SimSwapResult`). The devnet's pools take no fee; slippage is the shortfall
 * against the spot price.
 */
import { field, struct, u64 } from '../../frame/primitives.js';
import type { StateReader } from '../../frame/state.js';
import { quoteAlphaForTao, quoteTaoForAlpha } from './pools.js';
import { SubnetAlphaIn, SubnetTAO } from './storage.js';

/** `SimSwapResult`. */
export const SimSwapResult = struct(
  ['pallet_subtensor_swap_runtime_api', 'SimSwapResult'],
  ['tao_amount', 'alpha_amount', 'tao_fee', 'alpha_fee', 'tao_slippage', 'alpha_slippage'].map((n) =>
    field(n, u64, n.startsWith('tao') ? 'TaoBalance' : 'AlphaBalance'),
  ),
);

/** The spot-price value of `amount` (rao) converted through the pool's reserves (netuid 0 is 1:1). */
function atSpot(state: StateReader, netuid: number, amount: bigint, toAlpha: boolean): bigint {
  const tao = SubnetTAO.get(state, netuid);
  const alpha = SubnetAlphaIn.get(state, netuid);
  if (netuid === 0 || tao === 0n || alpha === 0n) return amount;
  return toAlpha ? (amount * alpha) / tao : (amount * tao) / alpha;
}

const minus = (a: bigint, b: bigint) => (a > b ? a - b : 0n);

/**
 * `sim_swap_tao_for_alpha(netuid, tao)`.
 *
 * @example
 * simSwapTaoForAlpha(state, 1, 10n ** 9n).alpha_amount;
 */
export function simSwapTaoForAlpha(state: StateReader, netuid: number, tao: bigint): Record<string, bigint> {
  const alpha = quoteTaoForAlpha(state, netuid, tao);
  return {
    tao_amount: tao,
    alpha_amount: alpha,
    tao_fee: 0n,
    alpha_fee: 0n,
    tao_slippage: 0n,
    alpha_slippage: minus(atSpot(state, netuid, tao, true), alpha),
  };
}

/**
 * `sim_swap_alpha_for_tao(netuid, alpha)`.
 *
 * @example
 * simSwapAlphaForTao(state, 1, 10n ** 9n).tao_amount;
 */
export function simSwapAlphaForTao(
  state: StateReader,
  netuid: number,
  alpha: bigint,
): Record<string, bigint> {
  const tao = quoteAlphaForTao(state, netuid, alpha);
  return {
    tao_amount: tao,
    alpha_amount: alpha,
    tao_fee: 0n,
    alpha_fee: 0n,
    tao_slippage: minus(atSpot(state, netuid, alpha, false), tao),
    alpha_slippage: 0n,
  };
}
