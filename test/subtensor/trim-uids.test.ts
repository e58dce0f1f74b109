/**
 * `sudo_trim_to_max_allowed_uids` over unmodified @polkadot/api (subtensor `trim_to_max_allowed_uids`): a subnet of
 * six neurons with emissions [0, 50, 10, 40, 0, 30] trimmed to three keeps the owner (immune) and the two highest
 * emitters, renumbered 0, 1, 2 in their old order, with the per-uid vectors, keys, `Uids` and the owner's weights
 * (targets renumbered, removed targets dropped) following; refusals leave everything as it was.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  createSubnet,
  fund,
  keyring,
  num,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const bob = keyring.addFromUri('//Bob');
const owner = keyring.addFromUri('//Trim_owner');
const hot = (i: number) => keyring.addFromUri(`//Trim_${i}`);
const S = 'subtensorModule';

const a = () => api.tx.adminUtils;
const q = () => api.query.subtensorModule;
const keys = async (n: number) =>
  Promise.all([...Array(n).keys()].map(async (uid) => (await q().keys(netuid, uid)).toJSON()));

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, owner, { tempo: 1000 });
  await sudo(api, a().sudoSetMinAllowedUids(netuid, 1));
  await sudo(api, a().sudoSetMaxAllowedUids(netuid, 8));
  await sudo(api, a().sudoSetImmunityPeriod(netuid, 1000));
  for (let i = 1; i <= 5; i++)
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot(i).address), bob);
  await fund(api, owner);
  await ok(api, api.tx.subtensorModule.setWeights(netuid, [1, 3, 5], [1, 2, 3], 0), owner);
  await setStorage(api, q().emission.key(netuid), api.createType('Vec<u64>', [0, 50, 10, 40, 0, 30]).toHex());
  await devnet.newBlock(1);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('sudo_trim_to_max_allowed_uids', () => {
  it('error: refusals in subtensor order, nothing changed', async () => {
    const refuse = async (n: number, max: number, error: string) =>
      expect((await send(api, api.tx.sudo.sudo(a().sudoTrimToMaxAllowedUids(n, max)), alice)).error).toBe(
        error,
      );
    await refuse(77, 3, `${S}.SubnetNotExists`);
    await refuse(netuid, 0, `${S}.InvalidValue`);
    await refuse(netuid, 9, `${S}.InvalidValue`);
    // every neuron is still in its immunity period: 6 immune of 4 is over 80 %
    await refuse(netuid, 4, `${S}.TrimmingWouldExceedMaxImmunePercentage`);
    expect((await send(api, a().sudoTrimToMaxAllowedUids(netuid, 4), bob)).error).toBe('BadOrigin');
    expect(num(await q().subnetworkN(netuid))).toBe(6);
    expect(num(await q().maxAllowedUids(netuid))).toBe(8);
  });

  it('default: removes the lowest emitters outside the immune set and compacts the rest', async () => {
    await sudo(api, a().sudoSetImmunityPeriod(netuid, 0));
    await ok(api, a().sudoTrimToMaxAllowedUids(netuid, 3), alice);
    expect(num(await q().subnetworkN(netuid))).toBe(3);
    expect(num(await q().maxAllowedUids(netuid))).toBe(3);
    expect(await keys(6)).toEqual([
      owner.address,
      hot(1).address,
      hot(3).address,
      ...Array(3).fill('5C4hrfjw9DjXZTzV3MwzrrAr9P1MJhSrvWGWqi1eSuyUpnhM'),
    ]);
    expect((await q().emission(netuid)).toJSON()).toEqual([0, 50, 40]);
    expect((await q().active(netuid)).toJSON()).toHaveLength(3);
    expect((await q().lastUpdate(netuid)).toJSON()).toHaveLength(3);
    expect((await q().weights(netuid, 0)).toJSON()).toEqual([
      [1, 21845],
      [2, 43690],
    ]);
    for (const [i, uid] of [
      [1, 1],
      [3, 2],
    ])
      expect((await q().uids(netuid, hot(i).address)).toJSON()).toBe(uid);
    for (const i of [2, 4, 5]) {
      expect((await q().uids(netuid, hot(i).address)).toJSON()).toBeNull();
      expect((await q().isNetworkMember(hot(i).address, netuid)).toJSON()).toBe(false);
    }
    for (const uid of [3, 4, 5]) expect((await q().weights(netuid, uid)).toJSON()).toEqual([]);
  });

  it('default: call data is pallet 19, call 78, (netuid, max_n)', () => {
    expect(a().sudoTrimToMaxAllowedUids(3, 64).method.toHex()).toBe('0x134e03004000');
  });
});
