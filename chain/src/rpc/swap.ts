/**
 * `swap_*`: subtensor's `pallets/swap/rpc` methods over `SwapRuntimeApi`: the price as a JSON number (rao
 * per alpha), all prices as `{ netuid, price }`, simulated swaps as SCALE `SimSwapResult` bytes.
 */

import { u16 as u16Def, u64 as u64Def } from '../frame/primitives.js';
import { decode, encode } from '../frame/scale/codec.js';
import { Vec } from '../frame/scale-types.js';
import { SubnetPrice } from '../pallets/swap/runtime-api.js';
import { hash, uint } from './params.js';
import type { RpcContext } from './rpc-context.js';
import { method, optional, result } from './rpc-method.js';

const at = optional(hash('at'));

function callApi(ctx: RpcContext, api: string, args: Uint8Array, block: string | undefined): Uint8Array {
  return ctx.runtime.callApi(`SwapRuntimeApi_${api}`, args, ctx.chain.stateAt(block));
}

const netuidArg = (netuid: number) => encode(u16Def, netuid);
const netuidAmount = (netuid: number, amount: number) =>
  Uint8Array.from([...encode(u16Def, netuid), ...encode(u64Def, BigInt(amount))]);

/**
 * The `swap_*` methods.
 *
 * @example
 * await provider.send('swap_currentAlphaPrice', [1]); // → 1000000000
 */
export const swapMethods = {
  swap_currentAlphaPrice: method({
    params: [uint('netuid'), at],
    result: result<number>('u64 (rao per alpha)'),
    doc: 'runtime API `SwapRuntimeApi_current_alpha_price` at block `at`',
    handler: (ctx, [netuid, block]) =>
      Number(decode<bigint>(u64Def, callApi(ctx, 'current_alpha_price', netuidArg(netuid), block))),
  }),
  swap_currentAlphaPriceAll: method({
    params: [at],
    result: result<{ netuid: number; price: number }[]>('{ netuid, price }[]'),
    doc: 'runtime API `SwapRuntimeApi_current_alpha_price_all` at block `at`',
    handler: (ctx, [block]) =>
      decode<{ netuid: number; price: bigint }[]>(
        Vec(SubnetPrice).def,
        callApi(ctx, 'current_alpha_price_all', new Uint8Array(), block),
      ).map(({ netuid, price }) => ({ netuid, price: Number(price) })),
  }),
  swap_simSwapTaoForAlpha: method({
    params: [uint('netuid'), uint('tao'), at],
    result: result<number[]>('SCALE SimSwapResult as a number[]'),
    doc: 'runtime API `SwapRuntimeApi_sim_swap_tao_for_alpha` at block `at`',
    handler: (ctx, [netuid, tao, block]) =>
      Array.from(callApi(ctx, 'sim_swap_tao_for_alpha', netuidAmount(netuid, tao), block)),
  }),
  swap_simSwapAlphaForTao: method({
    params: [uint('netuid'), uint('alpha'), at],
    result: result<number[]>('SCALE SimSwapResult as a number[]'),
    doc: 'runtime API `SwapRuntimeApi_sim_swap_alpha_for_tao` at block `at`',
    handler: (ctx, [netuid, alpha, block]) =>
      Array.from(callApi(ctx, 'sim_swap_alpha_for_tao', netuidAmount(netuid, alpha), block)),
  }),
};
