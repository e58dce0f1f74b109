/**
 * Compatibility with subtensor's encoding: call data built by @polkadot/api from our metadata equals
 * `pallet index ++ call index ++ SCALE(args)` written out from the reference tables, and storage keys use
 * the documented hashers (subtensor-pallet-api.md §4, §7, §9).
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyring, startSubtensor } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const hot = keyring.addFromUri('//Bob_hk');

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

const le = (v: bigint | number, bytes: number) => {
  const out = new Uint8Array(bytes);
  let x = BigInt(v);
  for (let i = 0; i < bytes; i++) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
};
const u8 = (v: number) => le(v, 1);
const u16 = (v: number) => le(v, 2);
const u32 = (v: number) => le(v, 4);
const u64 = (v: bigint | number) => le(v, 8);
const u128 = (v: bigint) => le(v, 16);
/** `Compact<u32>` length prefix for short vectors (< 64 items). */
const len = (n: number) => new Uint8Array([n << 2]);
const vecU16 = (xs: number[]) => u8aConcat(len(xs.length), ...xs.map(u16));
const call = (pallet: number, index: number, ...args: Uint8Array[]) =>
  u8aToHex(u8aConcat(new Uint8Array([pallet, index]), ...args));

describe('SubtensorModule call data is byte-identical to subtensor', () => {
  it('set_weights (7, 0): netuid u16, dests Vec<u16>, weights Vec<u16>, version_key u64', () => {
    const tx = api.tx.subtensorModule.setWeights(3, [0, 1, 7], [100, 65535, 1], 42n);
    expect(tx.method.toHex()).toBe(call(7, 0, u16(3), vecU16([0, 1, 7]), vecU16([100, 65535, 1]), u64(42)));
  });

  it('burned_register (7, 7): netuid u16, hotkey AccountId32', () => {
    const tx = api.tx.subtensorModule.burnedRegister(1, hot.address);
    expect(tx.method.toHex()).toBe(call(7, 7, u16(1), hot.publicKey));
  });

  it('add_stake (7, 2): hotkey, netuid u16, amount_staked u64', () => {
    const tx = api.tx.subtensorModule.addStake(hot.address, 2, 5_000_000_000n);
    expect(tx.method.toHex()).toBe(call(7, 2, hot.publicKey, u16(2), u64(5_000_000_000n)));
  });

  it('serve_axon (7, 4): netuid, version u32, ip u128, port u16, ip_type, protocol, placeholder1, placeholder2 (u8)', () => {
    const tx = api.tx.subtensorModule.serveAxon(1, 9_001, 3_232_235_777n, 8091, 4, 4, 0, 0);
    expect(tx.method.toHex()).toBe(
      call(7, 4, u16(1), u32(9_001), u128(3_232_235_777n), u16(8091), u8(4), u8(4), u8(0), u8(0)),
    );
  });

  it('commit_weights (7, 96): netuid u16, commit_hash H256', () => {
    const hash = new Uint8Array(32).map((_, i) => i);
    const tx = api.tx.subtensorModule.commitWeights(1, hash);
    expect(tx.method.toHex()).toBe(call(7, 96, u16(1), hash));
  });

  it('argument names and indices follow the reference', () => {
    const meta = api.tx.subtensorModule.revealWeights.meta;
    expect(meta.fields.map((f) => f.name.unwrap().toString())).toEqual([
      'netuid',
      'uids',
      'values',
      'salt',
      'version_key',
    ]);
    expect(api.tx.subtensorModule.registerNetwork.callIndex).toEqual(new Uint8Array([7, 59]));
    expect(api.tx.subtensorModule.startCall.callIndex).toEqual(new Uint8Array([7, 92]));
    expect(api.tx.subtensorModule.commitTimelockedWeights.callIndex).toEqual(new Uint8Array([7, 113]));
    expect(api.tx.adminUtils.sudoSetTempo.callIndex).toEqual(new Uint8Array([19, 30]));
    expect(api.tx.adminUtils.sudoSetAlphaValues.meta.fields.map((f) => f.name.unwrap().toString())).toEqual([
      'netuid',
      'alpha_low',
      'alpha_high',
    ]);
  });

  it('error and event indices follow the reference', () => {
    const err = api.registry.findMetaError({
      index: api.registry.createType('u8', 7),
      error: api.registry.createType('u8', 29),
    } as never);
    expect(err.name).toBe('SettingWeightsTooFast');
    expect(api.events.subtensorModule.NeuronRegistered.meta.index.toNumber()).toBe(6);
    expect(api.events.subtensorModule.WeightsSet.meta.index.toNumber()).toBe(5);
    expect(api.events.subtensorModule.IncentiveAlphaEmittedToMiners.meta.index.toNumber()).toBe(110);
  });
});

describe('storage keys use the documented hashers', () => {
  const prefix = (item: string) => u8aConcat(xxhashAsU8a('SubtensorModule', 128), xxhashAsU8a(item, 128));
  const b2concat = (data: Uint8Array) => u8aConcat(blake2AsU8a(data, 128), data);

  it('Keys: (NetUid Identity, u16 Identity)', () => {
    expect(api.query.subtensorModule.keys.key(1, 5)).toBe(
      u8aToHex(u8aConcat(prefix('Keys'), u16(1), u16(5))),
    );
  });
  it('Uids: (NetUid Identity, AccountId Blake2_128Concat)', () => {
    expect(api.query.subtensorModule.uids.key(1, hot.address)).toBe(
      u8aToHex(u8aConcat(prefix('Uids'), u16(1), b2concat(hot.publicKey))),
    );
  });
  it('Weights and Bonds: (NetUidStorageIndex Identity, u16 Identity)', () => {
    expect(api.query.subtensorModule.weights.key(2, 9)).toBe(
      u8aToHex(u8aConcat(prefix('Weights'), u16(2), u16(9))),
    );
    expect(api.query.subtensorModule.bonds.key(2, 9)).toBe(
      u8aToHex(u8aConcat(prefix('Bonds'), u16(2), u16(9))),
    );
  });
  it('Axons: (NetUid Identity, AccountId Blake2_128Concat)', () => {
    expect(api.query.subtensorModule.axons.key(1, hot.address)).toBe(
      u8aToHex(u8aConcat(prefix('Axons'), u16(1), b2concat(hot.publicKey))),
    );
  });
  it('TotalHotkeyAlpha: (AccountId Blake2_128Concat, NetUid Identity)', () => {
    expect(api.query.subtensorModule.totalHotkeyAlpha.key(hot.address, 3)).toBe(
      u8aToHex(u8aConcat(prefix('TotalHotkeyAlpha'), b2concat(hot.publicKey), u16(3))),
    );
  });
  it('RevealPeriodEpochs (Twox64Concat) and Yuma3On (Blake2_128Concat) are hashed as documented', () => {
    expect(api.query.subtensorModule.revealPeriodEpochs.key(1)).toBe(
      u8aToHex(u8aConcat(prefix('RevealPeriodEpochs'), xxhashAsU8a(u16(1), 64), u16(1))),
    );
    expect(api.query.subtensorModule.yuma3On.key(1)).toBe(
      u8aToHex(u8aConcat(prefix('Yuma3On'), b2concat(u16(1)))),
    );
  });
});
