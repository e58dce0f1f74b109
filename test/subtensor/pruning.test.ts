/**
 * Registration into a full subnet: the lowest-`Emission` neuron outside its immunity period is replaced
 * (`replace_neuron` with `clear_neuron`: its rows removed, other validators' weights toward it zeroed,
 * `BlockAtRegistration` and `LastUpdate` reset); immune neurons and the owner hotkey are not replaced.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  big,
  blockNumber,
  createSubnet,
  fund,
  keyring,
  num,
  ok,
  opt,
  setStorage,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const ownerHot = keyring.addFromUri('//Alice_hk');
const bob = keyring.addFromUri('//Bob');
const hot = (name: string) => keyring.addFromUri(`//Prune_${name}`);

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, ownerHot, { tempo: 1000 });
  const a = api.tx.adminUtils;
  await sudo(api, a.sudoSetMinAllowedUids(netuid, 1));
  await sudo(api, a.sudoSetMaxAllowedUids(netuid, 4));
  await sudo(api, a.sudoSetMinNonImmuneUids(netuid, 0));
  await sudo(api, a.sudoSetImmunityPeriod(netuid, 5));
  await fund(api, ownerHot);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('pruning a full subnet', () => {
  it('behavior: replaces the lowest-emission non-immune neuron; immune neurons and the owner stay', async () => {
    const q = api.query.subtensorModule;
    const tx = api.tx.subtensorModule;
    await ok(api, tx.burnedRegister(netuid, hot('a').address), bob); // uid 1
    await ok(api, tx.burnedRegister(netuid, hot('b').address), bob); // uid 2
    await devnet.newBlock(6); // a and b leave their immunity period
    await ok(api, tx.burnedRegister(netuid, hot('c').address), bob); // uid 3, immune
    expect(num(await q.subnetworkN(netuid))).toBe(4);
    // The owner weights uid 2; emissions: owner 0, a 50, b 10, c 0 (c lowest but immune).
    await ok(api, tx.setWeights(netuid, [1, 2], [1, 1], 0), ownerHot);
    const emission = api.createType('Vec<u64>', [0, 50, 10, 0]).toHex();
    await setStorage(api, q.emission.key(netuid), emission);

    const out = await ok(api, tx.burnedRegister(netuid, hot('d').address), bob);
    const registered = out.events.find((e) => e.method === 'NeuronRegistered');
    expect(registered?.data[1]).toBe(2);
    const block = await blockNumber(api);
    expect((await q.keys(netuid, 2)).toString()).toBe(hot('d').address);
    expect(opt(await q.uids(netuid, hot('b').address)).isNone).toBe(true);
    expect(big(await q.blockAtRegistration(netuid, 2))).toBe(BigInt(block));
    expect(((await q.lastUpdate(netuid)).toJSON() as number[])[2]).toBe(block);
    expect((await q.weights(netuid, 0)).toJSON()).toEqual([
      [1, 65535],
      [2, 0],
    ]);
    expect(num(await q.subnetworkN(netuid))).toBe(4);
    expect((await q.keys(netuid, 3)).toString()).toBe(hot('c').address);
    expect((await q.keys(netuid, 0)).toString()).toBe(ownerHot.address);
  });

  it('behavior: with every other neuron immune, none of them is replaced while a non-immune one exists', async () => {
    const q = api.query.subtensorModule;
    // Now: owner (never pruned), a (non-immune, emission 50), c and d immune with lower emission.
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot('e').address), bob);
    expect((await q.keys(netuid, 1)).toString()).toBe(hot('e').address);
    expect((await q.keys(netuid, 2)).toString()).toBe(hot('d').address);
    expect((await q.keys(netuid, 3)).toString()).toBe(hot('c').address);
    expect((await q.keys(netuid, 0)).toString()).toBe(ownerHot.address);
  });
});
