/**
 * `StakeInfoRuntimeApi` and `DelegateInfoRuntimeApi` (with the `delegateInfo_*` RPCs): answers decode with
 * layouts written out here from subtensor's `rpc_info/stake_info.rs` and `delegate_info.rs` (which must
 * consume the bytes exactly) and list the stake a delegator placed on two hotkeys and two subnets.
 */
import type { ApiPromise } from '@polkadot/api';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, createSubnet, keyring, ok, startSubtensor, TAO } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const nets: number[] = [];
const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const hot1 = keyring.addFromUri('//Bob_info1');
const hot2 = keyring.addFromUri('//Bob_info2');

const reference = new TypeRegistry();
reference.register({
  StakeInfoRef: {
    hotkey: 'AccountId32',
    coldkey: 'AccountId32',
    netuid: 'Compact<u16>',
    stake: 'Compact<u64>',
    locked: 'Compact<u64>',
    emission: 'Compact<u64>',
    tao_emission: 'Compact<u64>',
    drain: 'Compact<u64>',
    is_registered: 'bool',
  },
  DelegateInfoRef: {
    delegate_ss58: 'AccountId32',
    take: 'Compact<u16>',
    nominators: 'Vec<(AccountId32, Vec<(Compact<u16>, Compact<u64>)>)>',
    owner_ss58: 'AccountId32',
    registrations: 'Vec<Compact<u16>>',
    validator_permits: 'Vec<Compact<u16>>',
    return_per_1000: 'Compact<u64>',
    total_daily_return: 'Compact<u64>',
  },
});
const rpc = (method: string, params: unknown[]) =>
  (
    api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
  )._rpcCore.provider.send(method, params) as Promise<number[]>;
const stateCall = async (method: string, args: Uint8Array) =>
  (await api.rpc.state.call(method, u8aToHex(args))).toU8a(true);
const decode = (type: string, bytes: Uint8Array) => {
  const value = reference.createType(type, bytes);
  expect(value.encodedLength).toBe(bytes.length);
  return value.toJSON();
};
const addr = (a: string) => reference.createType('AccountId32', a).toJSON();
const stakes = new Map<string, bigint>();

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  for (const hk of ['//Alice_i1', '//Alice_i2'])
    nets.push(await createSubnet(api, alice, keyring.addFromUri(hk)));
  for (const netuid of nets) {
    for (const hot of [hot1, hot2]) {
      await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot.address), bob);
      const out = await ok(api, api.tx.subtensorModule.addStake(hot.address, netuid, 7n * TAO), dave);
      const added = out.events.find((e) => e.method === 'StakeAdded')?.data as unknown[];
      stakes.set(`${hot.address}/${netuid}`, BigInt(added[3] as number));
    }
  }
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('StakeInfoRuntimeApi', () => {
  it('default: get_stake_info_for_coldkey lists each position (subnet, then hotkey)', async () => {
    // Stake grows with emission after it is added; read the chain block the answer is for.
    const bytes = await stateCall('StakeInfoRuntimeApi_get_stake_info_for_coldkey', dave.publicKey);
    const infos = decode('Vec<StakeInfoRef>', bytes) as Record<string, unknown>[];
    expect(infos.map((i) => [i.hotkey, i.netuid])).toEqual(
      nets.flatMap((n) => [hot1, hot2].map((h) => [addr(h.address), n])),
    );
    for (const info of infos) {
      expect(info).toMatchObject({
        coldkey: addr(dave.address),
        locked: 0,
        tao_emission: 0,
        drain: 0,
        is_registered: true,
      });
      const hot = info.hotkey === addr(hot1.address) ? hot1 : hot2;
      expect(BigInt(info.stake as number)).toBeGreaterThanOrEqual(
        stakes.get(`${hot.address}/${info.netuid}`) ?? 0n,
      );
    }
    // The same bytes through @polkadot/api's decoding of our metadata.
    const viaApi = (await api.call.stakeInfoRuntimeApi.getStakeInfoForColdkey(dave.address)) as unknown as {
      toU8a(): Uint8Array;
    };
    expect(Array.from(viaApi.toU8a())).toEqual(Array.from(bytes));
  });

  it('default: get_stake_info_for_coldkeys pairs each coldkey with its list; for_hotkey_coldkey_netuid is one position', async () => {
    const args = Uint8Array.from([8, ...dave.publicKey, ...bob.publicKey]);
    const pairs = decode(
      'Vec<(AccountId32, Vec<StakeInfoRef>)>',
      await stateCall('StakeInfoRuntimeApi_get_stake_info_for_coldkeys', args),
    ) as [string, unknown[]][];
    expect(pairs.map(([c, l]) => [c, l.length])).toEqual([
      [addr(dave.address), 4],
      [addr(bob.address), 0],
    ]);
    const one = decode(
      'Option<StakeInfoRef>',
      await stateCall(
        'StakeInfoRuntimeApi_get_stake_info_for_hotkey_coldkey_netuid',
        Uint8Array.from([...hot2.publicKey, ...dave.publicKey, nets[1]! & 0xff, nets[1]! >> 8]),
      ),
    ) as Record<string, unknown>;
    expect(one).toMatchObject({ hotkey: addr(hot2.address), netuid: nets[1], is_registered: true });
  });
});

describe('DelegateInfoRuntimeApi and delegateInfo_* RPCs', () => {
  it('default: get_delegate shows the owner, take, registrations and each nominator per subnet', async () => {
    const bytes = Uint8Array.from(await rpc('delegateInfo_getDelegate', [Array.from(hot1.publicKey)]));
    const info = decode('Option<DelegateInfoRef>', bytes) as Record<string, unknown>;
    expect(info).toMatchObject({
      delegate_ss58: addr(hot1.address),
      take: 11_796,
      owner_ss58: addr(bob.address),
      registrations: nets,
    });
    const nominators = info.nominators as [string, [number, number][]][];
    expect(nominators.map(([c, l]) => [c, l.map(([n]) => n)])).toEqual([[addr(dave.address), nets]]);
    expect(await rpc('delegateInfo_getDelegate', [Array.from(dave.publicKey)])).toEqual([0]);
  });

  it('default: get_delegates includes both hotkeys; get_delegated lists (delegate, (netuid, stake)) for a nominator', async () => {
    const all = decode(
      'Vec<DelegateInfoRef>',
      Uint8Array.from(await rpc('delegateInfo_getDelegates', [])),
    ) as {
      delegate_ss58: string;
    }[];
    const names = all.map((d) => d.delegate_ss58);
    expect(names).toEqual(expect.arrayContaining([addr(hot1.address), addr(hot2.address)]));
    const delegated = decode(
      'Vec<(DelegateInfoRef, (Compact<u16>, Compact<u64>))>',
      Uint8Array.from(await rpc('delegateInfo_getDelegated', [Array.from(dave.publicKey)])),
    ) as [{ delegate_ss58: string; nominators: unknown[] }, [number, number]][];
    expect(delegated).toHaveLength(4);
    for (const [d, [netuid, stake]] of delegated) {
      expect(d.nominators).toEqual([]);
      const hot = d.delegate_ss58 === addr(hot1.address) ? hot1 : hot2;
      expect(BigInt(stake)).toBeGreaterThanOrEqual(stakes.get(`${hot.address}/${netuid}`) ?? 0n);
    }
  });
});
