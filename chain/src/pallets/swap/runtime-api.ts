/**
 * `SwapRuntimeApi` (`pallets/swap/runtime-api`, implemented in the runtime's `lib.rs`): the current
 * alpha price in rao and simulated swaps with fee and slippage against the no-slippage amount.
 */
import { field, struct, u16 as u16Def, u64 as u64Def } from '../../frame/primitives.js';
import { apiMethod, type RuntimeApiDecl } from '../../frame/runtime-api.js';
import { scaleType, u64, Vec } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { AlphaBalance, NetUid, TaoBalance } from '../subtensor/scale-types.js';
import { currentPriceBits, simulateSwap } from '../subtensor/subnet-swap.js';
import { allNetuids } from '../subtensor/subnets.js';
import { ONE } from './balancer.js';

const P = ['pallet_subtensor_swap_runtime_api'];

/** `SimSwapResult`: amounts, fees and slippage of a simulated swap. */
export const SimSwapResult = scaleType<{
  tao_amount: bigint;
  alpha_amount: bigint;
  tao_fee: bigint;
  alpha_fee: bigint;
  tao_slippage: bigint;
  alpha_slippage: bigint;
}>(
  struct(
    [...P, 'SimSwapResult'],
    [
      field('tao_amount', u64Def, 'TaoBalance'),
      field('alpha_amount', u64Def, 'AlphaBalance'),
      field('tao_fee', u64Def, 'TaoBalance'),
      field('alpha_fee', u64Def, 'AlphaBalance'),
      field('tao_slippage', u64Def, 'TaoBalance'),
      field('alpha_slippage', u64Def, 'AlphaBalance'),
    ],
  ),
  'SimSwapResult',
);

/** `SubnetPrice { netuid, price }` (price in rao per alpha). */
export const SubnetPrice = scaleType<{ netuid: number; price: bigint }>(
  struct([...P, 'SubnetPrice'], [field('netuid', u16Def, 'NetUid'), field('price', u64Def, 'u64')]),
  'SubnetPrice',
);

const ZERO = {
  tao_amount: 0n,
  alpha_amount: 0n,
  tao_fee: 0n,
  alpha_fee: 0n,
  tao_slippage: 0n,
  alpha_slippage: 0n,
};
const U64_MAX = ONE - 1n;
const sat = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

/** `current_alpha_price(netuid)`: the price in rao per alpha (`price · 10^9`, floored). @example currentAlphaPrice(state, 1) */
export function currentAlphaPrice(state: StateReader, netuid: number): bigint {
  const rao = (currentPriceBits(state, netuid) * 1_000_000_000n) / ONE;
  return rao > U64_MAX ? U64_MAX : rao;
}

/**
 * `sim_swap_tao_for_alpha(netuid, tao)`: the swap `add_stake` would do now; slippage is the no-slippage
 * alpha (`tao / price`) minus the alpha out. All zero when the swap would be refused.
 *
 * @example
 * simSwapTaoForAlpha(state, 1, 10n ** 9n).alpha_amount
 */
export function simSwapTaoForAlpha(state: StateReader, netuid: number, tao: bigint) {
  const out = simulateSwap(state, netuid, 'taoForAlpha', tao);
  if (typeof out === 'string') return ZERO;
  const price = currentPriceBits(state, netuid);
  const noSlippage = price === 0n ? 0n : (tao * ONE * ONE) / price / ONE;
  return {
    ...ZERO,
    tao_amount: out.paidIn,
    alpha_amount: out.paidOut,
    tao_fee: out.fee,
    alpha_slippage: sat(noSlippage > U64_MAX ? U64_MAX : noSlippage, out.paidOut),
  };
}

/**
 * `sim_swap_alpha_for_tao(netuid, alpha)`: the swap `remove_stake` would do now; slippage is the
 * no-slippage TAO (`alpha · price`) minus the TAO out.
 *
 * @example
 * simSwapAlphaForTao(state, 1, 10n ** 9n).tao_amount
 */
export function simSwapAlphaForTao(state: StateReader, netuid: number, alpha: bigint) {
  const out = simulateSwap(state, netuid, 'alphaForTao', alpha);
  if (typeof out === 'string') return ZERO;
  const noSlippage = (alpha * currentPriceBits(state, netuid)) / ONE;
  return {
    ...ZERO,
    tao_amount: out.paidOut,
    alpha_amount: out.paidIn,
    alpha_fee: out.fee,
    tao_slippage: sat(noSlippage > U64_MAX ? U64_MAX : noSlippage, out.paidOut),
  };
}

/**
 * The `SwapRuntimeApi` declaration.
 *
 * @example
 * const apis = [...subtensorRuntimeApis(), swapRuntimeApi];
 */
export const swapRuntimeApi: RuntimeApiDecl = {
  name: 'SwapRuntimeApi',
  version: 1,
  methods: [
    apiMethod('current_alpha_price', { netuid: NetUid }, u64, ({ state }, a) =>
      currentAlphaPrice(state, a.netuid),
    ),
    apiMethod('current_alpha_price_all', {}, Vec(SubnetPrice), ({ state }) =>
      allNetuids(state).map((netuid) => ({ netuid, price: currentAlphaPrice(state, netuid) })),
    ),
    apiMethod('sim_swap_tao_for_alpha', { netuid: NetUid, tao: TaoBalance }, SimSwapResult, ({ state }, a) =>
      simSwapTaoForAlpha(state, a.netuid, a.tao),
    ),
    apiMethod(
      'sim_swap_alpha_for_tao',
      { netuid: NetUid, alpha: AlphaBalance },
      SimSwapResult,
      ({ state }, a) => simSwapAlphaForTao(state, a.netuid, a.alpha),
    ),
  ],
};
