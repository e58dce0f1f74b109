/**
 * `state_call` keeps large answers per block: a metagraph asked again at the same block is the same answer,
 * and a later block's change shows at that block while the earlier block still answers as before.
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, createSubnet, keyring, setStorage, startSubtensor } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const METHOD = 'SubnetInfoRuntimeApi_get_metagraph';

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, keyring.addFromUri('//Cache_hk'), { startCall: false });
  // 3,000 uids (all but the owner the zero account): an answer of ~400 KiB, large enough to be kept.
  const n = u8aToHex(api.createType('u16', 3_000).toU8a());
  await setStorage(api, api.query.subtensorModule.subnetworkN.key(netuid), n);
}, 60_000);

afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

const metagraphAt = async (hash?: string) => {
  const data = u8aToHex(api.createType('u16', netuid).toU8a());
  return hash === undefined
    ? api.rpc.state.call.raw<string>(METHOD, data)
    : api.rpc.state.call.raw<string>(METHOD, data, hash);
};
const head = async () => (await api.rpc.chain.getBlockHash()).toHex();

describe('state_call cache', () => {
  it('behavior: the same block gives the same answer; a later change shows only at later blocks', async () => {
    const before = await head();
    const first = await metagraphAt(before);
    expect(first.length).toBeGreaterThan(2 * 256 * 1024);
    expect(await metagraphAt(before)).toBe(first);
    expect(await metagraphAt()).toBe(first);

    const hotkey = new Uint8Array(32).fill(0xab);
    await setStorage(api, api.query.subtensorModule.keys.key(netuid, 5), u8aToHex(hotkey));
    const after = await head();
    expect(after).not.toBe(before);
    const changed = await metagraphAt();
    expect(changed).not.toBe(first);
    expect(changed).toContain('ab'.repeat(32));
    expect(await metagraphAt(after)).toBe(changed);
    expect(await metagraphAt(before)).toBe(first);
    expect(first).not.toContain('ab'.repeat(32));
  });

  it('error: an unknown block is refused, not answered from the cache', async () => {
    await expect(metagraphAt(`0x${'11'.repeat(32)}`)).rejects.toThrow(/Unknown block|not found/i);
  });
});
