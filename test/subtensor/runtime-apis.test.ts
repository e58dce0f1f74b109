/**
 * Read APIs: `NeuronInfoRuntimeApi`, `SubnetInfoRuntimeApi` and the custom JSON-RPC methods. The bytes are
 * decoded both through our metadata (api.call) and with the reference struct layouts written out here
 * (subtensor-pallet-api.md §5), which must consume them exactly.
 */
import type { ApiPromise } from '@polkadot/api';
import { TypeRegistry } from '@polkadot/types';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, big, createSubnet, keyring, ok, startSubtensor, TAO } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const ownerHot = keyring.addFromUri('//Alice_hk');
const bob = keyring.addFromUri('//Bob');
const minerHot = keyring.addFromUri('//Bob_hk');

const reference = new TypeRegistry();
reference.register({
  AxonInfoRef: {
    block: 'u64',
    version: 'u32',
    ip: 'u128',
    port: 'u16',
    ip_type: 'u8',
    protocol: 'u8',
    placeholder1: 'u8',
    placeholder2: 'u8',
  },
  PrometheusInfoRef: { block: 'u64', version: 'u32', ip: 'u128', port: 'u16', ip_type: 'u8' },
  NeuronInfoLiteRef: {
    hotkey: 'AccountId32',
    coldkey: 'AccountId32',
    uid: 'Compact<u16>',
    netuid: 'Compact<u16>',
    active: 'bool',
    axon_info: 'AxonInfoRef',
    prometheus_info: 'PrometheusInfoRef',
    stake: 'Vec<(AccountId32, Compact<u64>)>',
    rank: 'Compact<u16>',
    emission: 'Compact<u64>',
    incentive: 'Compact<u16>',
    consensus: 'Compact<u16>',
    trust: 'Compact<u16>',
    validator_trust: 'Compact<u16>',
    dividends: 'Compact<u16>',
    last_update: 'Compact<u64>',
    validator_permit: 'bool',
    pruning_score: 'Compact<u16>',
  },
  SubnetHyperparamsV2Ref: {
    rho: 'Compact<u16>',
    kappa: 'Compact<u16>',
    immunity_period: 'Compact<u16>',
    min_allowed_weights: 'Compact<u16>',
    max_weights_limit: 'Compact<u16>',
    tempo: 'Compact<u16>',
    min_difficulty: 'Compact<u64>',
    max_difficulty: 'Compact<u64>',
    weights_version: 'Compact<u64>',
    weights_rate_limit: 'Compact<u64>',
    adjustment_interval: 'Compact<u16>',
    activity_cutoff: 'Compact<u64>',
    registration_allowed: 'bool',
    target_regs_per_interval: 'Compact<u16>',
    min_burn: 'Compact<u64>',
    max_burn: 'Compact<u64>',
    bonds_moving_avg: 'Compact<u64>',
    max_regs_per_block: 'Compact<u16>',
    serving_rate_limit: 'Compact<u64>',
    max_validators: 'Compact<u16>',
    adjustment_alpha: 'Compact<u64>',
    difficulty: 'Compact<u64>',
    commit_reveal_period: 'Compact<u64>',
    commit_reveal_weights_enabled: 'bool',
    alpha_high: 'Compact<u16>',
    alpha_low: 'Compact<u16>',
    liquid_alpha_enabled: 'bool',
    alpha_sigmoid_steepness: 'i64',
    yuma_version: 'Compact<u16>',
    subnet_is_active: 'bool',
    transfers_enabled: 'bool',
    bonds_reset_enabled: 'bool',
    user_liquidity_enabled: 'bool',
  },
});

const send = (method: string, params: unknown[]) =>
  (
    api as unknown as { _rpcCore: { provider: { send(m: string, p: unknown[]): Promise<unknown> } } }
  )._rpcCore.provider.send(method, params) as Promise<number[]>;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: 10 });
  await ok(api, api.tx.subtensorModule.burnedRegister(netuid, minerHot.address), bob);
  await ok(api, api.tx.subtensorModule.addStake(minerHot.address, netuid, 5n * TAO), bob);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('NeuronInfoRuntimeApi and neuronInfo_* RPCs', () => {
  it('behavior: get_neurons_lite returns every neuron in the reference layout', async () => {
    const bytes = Uint8Array.from(await send('neuronInfo_getNeuronsLite', [netuid]));
    const decoded = reference.createType('Vec<NeuronInfoLiteRef>', bytes);
    expect(decoded.encodedLength).toBe(bytes.length);
    const json = decoded.toJSON() as Record<string, unknown>[];
    expect(json).toHaveLength(2);
    expect(json[1]).toMatchObject({ uid: 1, netuid, rank: 0, trust: 0, pruning_score: 65535 });
    expect(json[1]!.hotkey).toBe(reference.createType('AccountId32', minerHot.publicKey).toJSON());
    const stake = (await api.query.subtensorModule.totalHotkeyAlpha(minerHot.address, netuid)).toJSON();
    expect((json[1]!.stake as [string, number][])[0]![1]).toBe(stake);
    // The same through state_call, decoded by @polkadot/api from our metadata V15.
    const viaApi = (await api.call.neuronInfoRuntimeApi.getNeuronsLite(netuid)) as unknown as {
      toU8a(): Uint8Array;
    };
    expect(Array.from(viaApi.toU8a())).toEqual(Array.from(bytes));
  });
  it('behavior: get_neuron_lite is Some for a uid and None past n', async () => {
    const one = Uint8Array.from(await send('neuronInfo_getNeuronLite', [netuid, 1]));
    expect(reference.createType('Option<NeuronInfoLiteRef>', one).isSome).toBe(true);
    const none = await send('neuronInfo_getNeuronLite', [netuid, 9]);
    expect(none).toEqual([0]);
  });
});

describe('SubnetInfoRuntimeApi and subnetInfo_* RPCs', () => {
  it('behavior: get_subnet_hyperparams_v2 in the reference layout with subtensor defaults', async () => {
    const bytes = Uint8Array.from(await send('subnetInfo_getSubnetHyperparamsV2', [netuid]));
    const decoded = reference.createType('Option<SubnetHyperparamsV2Ref>', bytes);
    expect(decoded.encodedLength).toBe(bytes.length);
    expect(decoded.unwrap().toJSON()).toMatchObject({
      tempo: 10,
      kappa: 32767,
      immunity_period: 5000,
      min_allowed_weights: 1,
      max_weights_limit: 65535,
      weights_rate_limit: 0,
      activity_cutoff: 138,
      registration_allowed: true,
      commit_reveal_weights_enabled: false,
      alpha_high: 58982,
      alpha_low: 45875,
      alpha_sigmoid_steepness: 1000 * 2 ** 32,
      yuma_version: 3,
      subnet_is_active: true,
      max_validators: 64,
      serving_rate_limit: 50,
    });
    expect(await send('subnetInfo_getSubnetHyperparamsV2', [77])).toEqual([0]);
    // v1 is the same struct up to liquid_alpha_enabled.
    const v1 = await send('subnetInfo_getSubnetHyperparams', [netuid]);
    const v2 = Array.from(bytes);
    const tail = 8 + 1 + 4; // steepness i64, yuma_version (one-byte compact), four bools
    expect(v1).toEqual(v2.slice(0, v2.length - tail));
  });
  it('behavior: get_dynamic_info reports the pool, owner and scheduler', async () => {
    const info = (await api.call.subnetInfoRuntimeApi.getDynamicInfo(netuid)) as unknown as {
      unwrap(): { toJSON(): Record<string, unknown> };
    };
    const json = info.unwrap().toJSON();
    expect(json.netuid).toBe(netuid);
    expect(json.tempo).toBe(10);
    expect(BigInt(json.taoIn as number)).toBe(big(await api.query.subtensorModule.subnetTAO(netuid)));
    expect(json.ownerColdkey).toBe(alice.address);
    const all = await send('subnetInfo_getAllDynamicInfo', []);
    expect(all.length).toBeGreaterThan(0);
    const cost = await api.call.subnetRegistrationRuntimeApi.getNetworkRegistrationCost();
    expect((cost as unknown as { toBigInt(): bigint }).toBigInt()).toBeGreaterThanOrEqual(1000n * TAO);
    const next = (await api.call.subnetInfoRuntimeApi.getNextEpochStartBlock(netuid)) as unknown as {
      unwrap(): { toNumber(): number };
    };
    const last = (await api.query.subtensorModule.lastEpochBlock(netuid)).toJSON() as number;
    expect(next.unwrap().toNumber()).toBe(last + 10);
  });

  it('behavior: get_metagraph returns the whole subnet in one call (72 fields)', async () => {
    const bytes = await send('subnetInfo_getMetagraph', [netuid]);
    const value = (await api.call.subnetInfoRuntimeApi.getMetagraph(netuid)) as unknown as {
      toU8a(): Uint8Array;
      unwrap(): { toJSON(): Record<string, unknown> };
    };
    expect(Array.from(value.toU8a())).toEqual(bytes);
    const m = value.unwrap().toJSON();
    expect(Object.keys(m)).toHaveLength(72);
    expect(m.numUids).toBe(2);
    expect(m.hotkeys).toEqual(
      [ownerHot.address, minerHot.address].map((a) => reference.createType('AccountId32', a).toJSON()),
    );
    const stake = (await api.query.subtensorModule.totalHotkeyAlpha(minerHot.address, netuid)).toJSON();
    expect((m.alphaStake as number[])[1]).toBe(stake);
    expect(m.tempo).toBe(10);
    expect(m.rank).toEqual([]);
    expect(await send('subnetInfo_getMetagraph', [77])).toEqual([0]);
  });
});
