/**
 * `sudo_set_owner_immune_neuron_limit` over unmodified @polkadot/api and the pruning that reads it
 * (`get_immune_owner_tuples`): up to `ImmuneOwnerUidsLimit` of the owner coldkey's registered hotkeys, earliest
 * first and the owner hotkey always, are never replaced. A full subnet of 4 uids — owner hotkey (uid 0), two more
 * hotkeys of the owner coldkey (uids 1, 2) and one of Bob (uid 3) — no immunity period and equal emissions, so the
 * oldest registration outside the immune set is pruned.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, createSubnet, keyring, num, ok, send, startSubtensor, sudo } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const bob = keyring.addFromUri('//Bob');
const hot = (name: string) => keyring.addFromUri(`//Immune_${name}`);
const S = 'subtensorModule';

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const keyAt = async (uid: number) => (await q().keys(netuid, uid)).toJSON();

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, hot('owner'), { tempo: 1000 });
  const a = api.tx.adminUtils;
  await sudo(api, a.sudoSetMinAllowedUids(netuid, 1));
  await sudo(api, a.sudoSetMaxAllowedUids(netuid, 4));
  await sudo(api, a.sudoSetMinNonImmuneUids(netuid, 0));
  await sudo(api, a.sudoSetImmunityPeriod(netuid, 0));
  await ok(api, tx().burnedRegister(netuid, hot('a1').address), alice);
  await ok(api, tx().burnedRegister(netuid, hot('a2').address), alice);
  await ok(api, tx().burnedRegister(netuid, hot('b').address), bob);
  expect(num(await q().subnetworkN(netuid))).toBe(4);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('sudo_set_owner_immune_neuron_limit', () => {
  it('default: the limit is 1, the owner hotkey alone is immune', async () => {
    expect(num(await q().immuneOwnerUidsLimit(netuid))).toBe(1);
  });

  it('behavior: with 3 the owner coldkey keeps its three hotkeys and Bob (uid 3) is pruned', async () => {
    const out = await ok(api, api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(netuid, 3), alice);
    expect(out.events.filter((e) => e.section === S)).toEqual([]);
    expect(num(await q().immuneOwnerUidsLimit(netuid))).toBe(3);
    await ok(api, tx().burnedRegister(netuid, hot('c').address), bob);
    expect(await keyAt(3)).toBe(hot('c').address);
  });

  it('behavior: back at 1, the oldest other hotkey of the owner (uid 1) is pruned', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(netuid, 1));
    await ok(api, tx().burnedRegister(netuid, hot('d').address), bob);
    expect(await keyAt(1)).toBe(hot('d').address);
    expect(await keyAt(0)).toBe(hot('owner').address);
  });

  it('error: InvalidValue outside [1, 10]; only the owner or root; no subnet check, as on subtensor', async () => {
    for (const v of [0, 11])
      expect((await send(api, api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(netuid, v), alice)).error).toBe(
        `${S}.InvalidValue`,
      );
    expect((await send(api, api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(netuid, 2), bob)).error).toBe(
      'BadOrigin',
    );
    await sudo(api, api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(77, 5));
    expect(num(await q().immuneOwnerUidsLimit(77))).toBe(5);
  });

  it('default: call data is pallet 19, call 72, (netuid, immune_neurons)', () => {
    expect(api.tx.adminUtils.sudoSetOwnerImmuneNeuronLimit(3, 2).method.toHex()).toBe('0x134803000200');
  });
});
