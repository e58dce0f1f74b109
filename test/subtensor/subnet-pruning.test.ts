/**
 * `register_network` at the subnet limit through unmodified @polkadot/api, as subtensor's `do_register_network`:
 * `SubnetLimitReached` while every subnet is within `NetworkImmunityPeriod`; `CannotAffordLockCost` before anything
 * is pruned; otherwise the non-immune subnet with the lowest moving price (`get_moving_alpha_price`) is dissolved (its stakers paid out,
 * `NetworkRemoved`) and the new subnet takes its netuid.
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import { bnToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  big,
  createSubnet,
  keyring,
  num,
  ok,
  send,
  setStorage,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const dave = keyring.addFromUri('//Dave');
const poor = keyring.addFromUri('//Prune_poor');
const hot = (name: string) => keyring.addFromUri(`//Prune_net_${name}`);
const S = 'subtensorModule';

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  const a = api.tx.adminUtils;
  await sudo(api, a.sudoSetSubnetLimit(2));
  await sudo(api, a.sudoSetNetworkImmunityPeriod(1_000));
  for (const name of ['one', 'two']) {
    const netuid = await createSubnet(api, alice, hot(name), { startCall: false });
    await sudo(api, a.sudoSetSubtokenEnabled(netuid, true));
  }
  // Subnet 1's price rises above subnet 2's; Charlie holds stake on subnet 2. The subnets are not started, so no
  // emission moves their moving prices: they are seeded to follow the pools (I96F32 bits, 2.0 and 0.5).
  await ok(api, api.tx.subtensorModule.addStake(hot('one').address, 1, 500n * TAO), bob);
  await ok(api, api.tx.subtensorModule.addStake(hot('two').address, 2, 20n * TAO), charlie);
  for (const [netuid, bits] of [
    [1, 2n << 32n],
    [2, 1n << 31n],
  ] as const) {
    const value = bnToHex(bits, { bitLength: 128, isLe: true });
    await setStorage(api, api.query.subtensorModule.subnetMovingPrice.key(netuid), value);
  }
  await ok(api, api.tx.balances.transferKeepAlive(poor.address, 10n * TAO), alice);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

async function free(who: KeyringPair): Promise<bigint> {
  const account = (await api.query.system.account(who.address)) as unknown as {
    data: { free: { toBigInt(): bigint } };
  };
  return account.data.free.toBigInt();
}

describe('register_network at the subnet limit', () => {
  const tx = () => api.tx.subtensorModule;
  const q = () => api.query.subtensorModule;

  it('error: SubnetLimitReached while every subnet is immune', async () => {
    expect((await send(api, tx().registerNetwork(hot('three').address), dave)).error).toBe(
      `${S}.SubnetLimitReached`,
    );
    expect(num(await q().totalNetworks())).toBe(3);
  });

  it('error: CannotAffordLockCost, and nothing is pruned', async () => {
    await sudo(api, api.tx.adminUtils.sudoSetNetworkImmunityPeriod(0));
    expect((await send(api, tx().registerNetwork(hot('poor').address), poor)).error).toBe(
      `${S}.CannotAffordLockCost`,
    );
    expect((await q().networksAdded(2)).toJSON()).toBe(true);
    expect(big(await q().totalHotkeyAlpha(hot('two').address, 2))).toBeGreaterThan(0n);
  });

  it('behavior: dissolves the subnet with the lowest moving price, pays its stakers and registers the new subnet on its netuid', async () => {
    const movingPrice = async (netuid: number) =>
      big(((await q().subnetMovingPrice(netuid)) as unknown as { bits: unknown }).bits);
    expect(await movingPrice(2)).toBeLessThan(await movingPrice(1));
    const charlieBefore = await free(charlie);

    const out = await ok(api, tx().registerNetwork(hot('three').address), dave);

    const events = out.events.filter((e) => e.section === S).map((e) => [e.method, e.data]);
    expect(events).toContainEqual(['NetworkRemoved', [2]]);
    expect(events).toContainEqual(['NetworkAdded', [2, 1]]);
    expect(events.findIndex(([m]) => m === 'NetworkRemoved')).toBeLessThan(
      events.findIndex(([m]) => m === 'NetworkAdded'),
    );
    expect((await q().subnetOwner(2)).toString()).toBe(dave.address);
    expect((await q().keys(2, 0)).toString()).toBe(hot('three').address);
    expect(big(await q().totalHotkeyAlpha(hot('two').address, 2))).toBe(0n);
    expect((await q().alphaV2.entries(hot('two').address)).length).toBe(0);
    expect(await free(charlie)).toBeGreaterThan(charlieBefore);
    expect((await q().networksAdded(1)).toJSON()).toBe(true);
    expect(num(await q().totalNetworks())).toBe(3);
  });
});
