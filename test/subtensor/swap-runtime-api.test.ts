/**
 * `SwapRuntimeApi` and the `swap_*` RPCs over unmodified @polkadot/api: the price and simulated swaps equal
 * subtensor's formulas (`chain/test-support/pool-reference.ts`), the `SimSwapResult` bytes decode with the layout written here
 * from `pallets/swap/runtime-api/src/lib.rs` (six u64: tao_amount, alpha_amount, tao_fee, alpha_fee,
 * tao_slippage, alpha_slippage), a real `add_stake` does what the simulation said, and `Swap.set_fee_rate`
 * (root, at most 10 000) changes the fee.
 */
import type { ApiPromise } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FEE_RATE,
  fixedDiv,
  fixedMul,
  type Pool,
  priceBits,
  swap,
} from '../../chain/test-support/pool-reference.js';
import {
  alice,
  big,
  createSubnet,
  keyring,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const bob = keyring.addFromUri('//Bob');
const hot = keyring.addFromUri('//Bob_swap');

const rpc = (method: string, params: unknown[]) =>
  (
    api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
  )._rpcCore.provider.send(method, params);

/** `SimSwapResult`: six little-endian u64 in declaration order. */
function simResult(bytes: Uint8Array) {
  expect(bytes.length).toBe(48);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [tao_amount, alpha_amount, tao_fee, alpha_fee, tao_slippage, alpha_slippage] = [0, 1, 2, 3, 4, 5].map(
    (i) => view.getBigUint64(i * 8, true),
  );
  return { tao_amount, alpha_amount, tao_fee, alpha_fee, tao_slippage, alpha_slippage };
}
const args = (n: number, amount: bigint) => {
  const b = new Uint8Array(10);
  const v = new DataView(b.buffer);
  v.setUint16(0, n, true);
  v.setBigUint64(2, amount, true);
  return u8aToHex(b);
};
async function pool(): Promise<Pool> {
  return {
    tao: big(await api.query.subtensorModule.subnetTAO(netuid)),
    alpha: big(await api.query.subtensorModule.subnetAlphaIn(netuid)),
  };
}
async function simulate(kind: 'tao_for_alpha' | 'alpha_for_tao', amount: bigint) {
  const raw = await api.rpc.state.call(`SwapRuntimeApi_sim_swap_${kind}`, args(netuid, amount));
  return simResult(raw.toU8a(true));
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, keyring.addFromUri('//Alice_swapnet'), { startCall: false });
  await setStorage(api, api.query.subtensorModule.subtokenEnabled.key(netuid), '0x01');
  await devnet.newBlock(1);
  await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot.address), bob);
}, 60_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('SwapRuntimeApi', () => {
  it('default: current_alpha_price is the pool price in rao, through the runtime API and swap_currentAlphaPrice', async () => {
    const p = await pool();
    const rao = fixedMul(priceBits(p), 1_000_000_000n);
    expect(big(await api.call.swapRuntimeApi.currentAlphaPrice(netuid))).toBe(rao);
    expect(BigInt((await rpc('swap_currentAlphaPrice', [netuid])) as number)).toBe(rao);
    const all = (await rpc('swap_currentAlphaPriceAll', [])) as { netuid: number; price: number }[];
    expect(all).toContainEqual({ netuid: 0, price: 1_000_000_000 });
    expect(all).toContainEqual({ netuid, price: Number(rao) });
  });

  it('default: sim_swap_tao_for_alpha equals the formula, and add_stake then does exactly that', async () => {
    const p = await pool();
    const s = swap(p, 'buy', 25n * TAO);
    const noSlippage = fixedMul(fixedDiv(25n * TAO * (1n << 64n), priceBits(p)), 1n);
    const sim = await simulate('tao_for_alpha', 25n * TAO);
    expect(sim).toEqual({
      tao_amount: s.paidIn,
      alpha_amount: s.paidOut,
      tao_fee: s.fee,
      alpha_fee: 0n,
      tao_slippage: 0n,
      alpha_slippage: noSlippage - s.paidOut,
    });
    const rpcBytes = (await rpc('swap_simSwapTaoForAlpha', [netuid, Number(25n * TAO)])) as number[];
    expect(simResult(Uint8Array.from(rpcBytes))).toEqual(sim);
    const out = await ok(api, api.tx.subtensorModule.addStake(hot.address, netuid, 25n * TAO), bob);
    const added = out.events
      .find((e) => e.method === 'StakeAdded')
      ?.data.map((v) =>
        typeof v === 'number' || (typeof v === 'string' && v.startsWith('0x')) ? BigInt(v) : v,
      );
    expect(added?.slice(2)).toEqual([25n * TAO, sim.alpha_amount, BigInt(netuid), sim.tao_fee]);
  });

  it('default: sim_swap_alpha_for_tao charges the fee in alpha and reports the slippage in TAO', async () => {
    const p = await pool();
    const s = swap(p, 'sell', 5n * TAO);
    const sim = await simulate('alpha_for_tao', 5n * TAO);
    expect(sim).toEqual({
      tao_amount: s.paidOut,
      alpha_amount: s.paidIn,
      tao_fee: 0n,
      alpha_fee: s.fee,
      tao_slippage: fixedMul(priceBits(p), 5n * TAO) - s.paidOut,
      alpha_slippage: 0n,
    });
  });

  it('default: set_fee_rate (root) sets Swap.FeeRate and the fee follows; FeeRateTooHigh above 10 000', async () => {
    expect((await api.query.swap.feeRate(netuid)).toJSON()).toBe(Number(FEE_RATE));
    await sudo(api, api.tx.swap.setFeeRate(netuid, 6_553));
    expect((await api.query.swap.feeRate(netuid)).toJSON()).toBe(6_553);
    const sim = await simulate('tao_for_alpha', 10n * TAO);
    expect(sim.tao_fee).toBe(fixedMul(fixedDiv(6_553n, 65_535n), 10n * TAO));
    const refused = await send(api, api.tx.sudo.sudo(api.tx.swap.setFeeRate(netuid, 10_001)), alice);
    expect(refused.error).toBe('swap.FeeRateTooHigh');
    expect((await send(api, api.tx.swap.setFeeRate(netuid, 1), bob)).error).toBe('BadOrigin');
    expect(hexToU8a(api.tx.swap.setFeeRate(netuid, 1).method.toHex())[0]).toBe(28);
  });
});
