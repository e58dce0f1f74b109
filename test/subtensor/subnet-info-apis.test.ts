/**
 * `SubnetInfoRuntimeApi`'s `get_subnet_info_v2` / `get_subnets_info_v2`, `get_selective_metagraph` and
 * `get_all_metagraphs`, decoded with layouts written out here from subtensor's `rpc_info/subnet_info.rs`
 * and `metagraph.rs` (the selective metagraph walked byte by byte: `netuid`, then 73 `Option`s of which
 * only the asked indexes — 8 tempo, 14 tao_in, 52 hotkeys, 67 alpha_stake, 72 validators — are `Some`), and
 * `get_subnet_state` in the layout of subtensor's `rpc_info/show_subnet.rs`.
 */
import type { ApiPromise } from '@polkadot/api';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, big, createSubnet, keyring, ok, startSubtensor, sudo, TAO } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const ownerHot = keyring.addFromUri('//Alice_si');
const bob = keyring.addFromUri('//Bob');
const hot = keyring.addFromUri('//Bob_si');

const reference = new TypeRegistry();
reference.register({
  SubnetInfoV2Ref: {
    netuid: 'Compact<u16>',
    rho: 'Compact<u16>',
    kappa: 'Compact<u16>',
    difficulty: 'Compact<u64>',
    immunity_period: 'Compact<u16>',
    max_allowed_validators: 'Compact<u16>',
    min_allowed_weights: 'Compact<u16>',
    max_weights_limit: 'Compact<u16>',
    scaling_law_power: 'Compact<u16>',
    subnetwork_n: 'Compact<u16>',
    max_allowed_uids: 'Compact<u16>',
    blocks_since_last_step: 'Compact<u64>',
    tempo: 'Compact<u16>',
    network_modality: 'Compact<u16>',
    network_connect: 'Vec<[u16; 2]>',
    emission_value: 'Compact<u64>',
    burn: 'Compact<u64>',
    owner: 'AccountId32',
    identity: 'Option<Bytes>', // None on the devnet: one 0x00 byte
  },
});
reference.register({
  SubnetStateRef: {
    netuid: 'Compact<u16>',
    hotkeys: 'Vec<AccountId32>',
    coldkeys: 'Vec<AccountId32>',
    active: 'Vec<bool>',
    validator_permit: 'Vec<bool>',
    pruning_score: 'Vec<Compact<u16>>',
    last_update: 'Vec<Compact<u64>>',
    emission: 'Vec<Compact<u64>>',
    dividends: 'Vec<Compact<u16>>',
    incentives: 'Vec<Compact<u16>>',
    consensus: 'Vec<Compact<u16>>',
    trust: 'Vec<Compact<u16>>',
    rank: 'Vec<Compact<u16>>',
    block_at_registration: 'Vec<Compact<u64>>',
    alpha_stake: 'Vec<Compact<u64>>',
    tao_stake: 'Vec<Compact<u64>>',
    total_stake: 'Vec<Compact<u64>>',
    emission_history: 'Vec<Vec<Compact<u64>>>',
  },
});
const stateCall = async (method: string, args: Uint8Array) =>
  (await api.rpc.state.call(method, u8aToHex(args))).toU8a(true);
const le16 = (n: number) => [n & 0xff, n >> 8];

/** A minimal SCALE reader for the hand walk. */
class Reader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.offset++];
    if (b === undefined) throw new Error('read past the end');
    return b;
  }
  compact(): bigint {
    const first = this.byte();
    const mode = first & 3;
    if (mode === 0) return BigInt(first >> 2);
    if (mode === 1) return BigInt((first | (this.byte() << 8)) >> 2);
    if (mode === 2)
      return BigInt((first | (this.byte() << 8) | (this.byte() << 16) | (this.byte() << 24)) >>> 2);
    const len = (first >> 2) + 4;
    let v = 0n;
    for (let i = 0; i < len; i++) v |= BigInt(this.byte()) << BigInt(8 * i);
    return v;
  }
  account(): string {
    const a = this.bytes.slice(this.offset, this.offset + 32);
    this.offset += 32;
    return u8aToHex(a);
  }
  vec<T>(item: () => T): T[] {
    return Array.from({ length: Number(this.compact()) }, item);
  }
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: 12 });
  await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot.address), bob);
  await ok(api, api.tx.subtensorModule.addStake(hot.address, netuid, 20n * TAO), bob);
  await sudo(api, api.tx.adminUtils.sudoSetKappa(netuid, 30_000));
}, 60_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('get_subnet_info_v2', () => {
  it('default: the subnet parameters in the reference layout; None for an unknown subnet', async () => {
    const bytes = await stateCall('SubnetInfoRuntimeApi_get_subnet_info_v2', Uint8Array.from(le16(netuid)));
    const info = reference.createType('Option<SubnetInfoV2Ref>', bytes);
    expect(info.encodedLength).toBe(bytes.length);
    const burn = big(await api.query.subtensorModule.burn(netuid));
    expect(info.unwrap().toJSON()).toMatchObject({
      netuid,
      kappa: 30_000,
      tempo: 12,
      subnetwork_n: 2,
      scaling_law_power: 50,
      network_modality: 0,
      network_connect: [],
      emission_value: 0,
      burn: Number(burn),
      owner: reference.createType('AccountId32', alice.address).toJSON(),
      identity: null,
    });
    expect(
      Array.from(await stateCall('SubnetInfoRuntimeApi_get_subnet_info_v2', Uint8Array.from(le16(77)))),
    ).toEqual([0]);
    const all = reference.createType(
      'Vec<Option<SubnetInfoV2Ref>>',
      await stateCall('SubnetInfoRuntimeApi_get_subnets_info_v2', new Uint8Array()),
    );
    expect((all.toJSON() as { netuid: number }[]).map((i) => i.netuid)).toEqual([0, netuid]);
  });
});

describe('get_selective_metagraph and get_all_metagraphs', () => {
  it('default: only the asked fields are Some, each in its place', async () => {
    const asked = [8, 14, 52, 67, 72];
    const args = Uint8Array.from([...le16(netuid), asked.length << 2, ...asked.flatMap(le16)]);
    const r = new Reader(await stateCall('SubnetInfoRuntimeApi_get_selective_metagraph', args));
    expect(r.byte()).toBe(1); // Some(SelectiveMetagraph)
    expect(r.compact()).toBe(0n); // netuid not asked for: 0, as on chain
    const got: Record<number, unknown> = {};
    for (let index = 1; index <= 73; index++) {
      const flag = r.byte();
      expect(flag, `field ${index}`).toBe(asked.includes(index) ? 1 : 0);
      if (flag === 0) continue;
      if (index === 8) got[index] = r.compact();
      else if (index === 14) got[index] = r.compact();
      else if (index === 52) got[index] = r.vec(() => r.account());
      else if (index === 67) got[index] = r.vec(() => r.compact());
      else if (index === 72) got[index] = r.vec(() => r.compact());
    }
    expect(r.offset).toBe(r.bytes.length);
    const q = api.query.subtensorModule;
    expect(got[8]).toBe(12n);
    expect(got[14]).toBe(big(await q.subnetTAO(netuid)));
    expect(got[52]).toEqual([u8aToHex(ownerHot.publicKey), u8aToHex(hot.publicKey)]);
    expect(got[67]).toEqual([
      big(await q.totalHotkeyAlpha(ownerHot.address, netuid)),
      big(await q.totalHotkeyAlpha(hot.address, netuid)),
    ]);
    expect(got[72]).toEqual([]); // no validator permits before the first epoch
  });

  it('default: get_all_metagraphs is get_metagraph of every subnet in order', async () => {
    const all = await stateCall('SubnetInfoRuntimeApi_get_all_metagraphs', new Uint8Array());
    const root = await stateCall('SubnetInfoRuntimeApi_get_metagraph', Uint8Array.from(le16(0)));
    const one = await stateCall('SubnetInfoRuntimeApi_get_metagraph', Uint8Array.from(le16(netuid)));
    expect(Array.from(all)).toEqual([2 << 2, ...root, ...one]);
  });
});

describe('get_subnet_state', () => {
  it('default: the per-uid columns in the reference layout, stakes as the metagraph’s; None for an unknown subnet', async () => {
    const bytes = await stateCall('SubnetInfoRuntimeApi_get_subnet_state', Uint8Array.from(le16(netuid)));
    const state = reference.createType('Option<SubnetStateRef>', bytes);
    expect(state.encodedLength).toBe(bytes.length);
    const json = state.unwrap().toJSON() as Record<string, unknown[]>;
    const graph = (await api.call.subnetInfoRuntimeApi.getMetagraph(netuid)).toJSON() as Record<
      string,
      unknown[]
    >;
    const account = (a: string) => reference.createType('AccountId32', a).toJSON();
    expect(json.hotkeys).toEqual([account(ownerHot.address), account(hot.address)]);
    expect(json.coldkeys).toEqual([account(alice.address), account(bob.address)]);
    const camel = (name: string) => name.replace(/_(.)/g, (_, c: string) => c.toUpperCase());
    const shared = ['active', 'validator_permit', 'last_update', 'emission', 'dividends', 'consensus'];
    for (const column of [...shared, 'block_at_registration', 'alpha_stake', 'tao_stake', 'total_stake'])
      expect(json[column], column).toEqual(graph[camel(column)]);
    expect(Number((json.alpha_stake as number[])[1])).toBeGreaterThan(0);
    expect([json.pruning_score, json.trust, json.rank]).toEqual([[], [], []]);
    // One row per subnet (root, netuid), one 0 per uid.
    expect(json.emission_history).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(
      Array.from(await stateCall('SubnetInfoRuntimeApi_get_subnet_state', Uint8Array.from(le16(77)))),
    ).toEqual([0]);
  });
});
