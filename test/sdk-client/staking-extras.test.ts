/**
 * The SDK's less common staking actions against a real devnet over WebSocket: `recycleAlpha`, `burnAlpha` and
 * `addStakeBurn` return the alpha the chain took and the signer's stake falls by it (a buyback leaves the stake
 * as it was); `setAutoStakeHotkey` and `getAutoStakeHotkeys` write and read a coldkey's auto-stake destinations;
 * `associateHotkey` claims a fresh hotkey.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  addStakeBurn,
  associateHotkey,
  burnAlpha,
  burnedRegister,
  ChainCallError,
  createKeypair,
  getAutoStakeHotkeys,
  getStake,
  recycleAlpha,
  type SubtensorClient,
  setAutoStakeHotkey,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAliceSubnet, startClientDevnet, TAO } from '../support/sdk-subnet.js';

const bob = createKeypair({ uri: '//Bob' });
const ownerHot = createKeypair({ uri: '//SkBurnOwner_hk' });
const validatorHot = createKeypair({ uri: '//SkBurnValidator_hk' });
let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;

const stakeOfBob = () => getStake(client, { hotkey: validatorHot.address, netuid, coldkey: bob.address });

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  // A long tempo: no epoch (and no dividends changing the stake) during the file.
  netuid = await startAliceSubnet(client, ownerHot, { tempo: 1000, max_registrations_per_block: 100 });
  await burnedRegister(client, { signer: bob, netuid, hotkey: validatorHot.address });
  await addStake(client, { signer: bob, hotkey: validatorHot.address, netuid, amount: 50n * TAO });
}, 120_000);
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('alpha recycling and burning', () => {
  it('default: recycleAlpha and burnAlpha take the amount from the stake', async () => {
    const before = await stakeOfBob();
    const recycled = await recycleAlpha(client, {
      signer: bob,
      hotkey: validatorHot.address,
      netuid,
      amount: TAO,
    });
    expect(recycled.alpha).toBe(TAO);
    const burned = await burnAlpha(client, {
      signer: bob,
      hotkey: validatorHot.address,
      netuid,
      amount: 2n * TAO,
    });
    expect(burned.alpha).toBe(2n * TAO);
    expect(await stakeOfBob()).toBe(before - 3n * TAO);
  });

  it('default: addStakeBurn returns the alpha bought and burned, the stake unchanged', async () => {
    const before = await stakeOfBob();
    const { alpha } = await addStakeBurn(client, {
      signer: bob,
      hotkey: validatorHot.address,
      netuid,
      amount: 5n * TAO,
      limitPrice: 100n * TAO,
    });
    expect(alpha).toBeGreaterThan(0n);
    expect(await stakeOfBob()).toBe(before);
  });

  it('error: the root subnet is CannotBurnOrRecycleOnRootSubnet', async () => {
    const refused = recycleAlpha(client, {
      signer: bob,
      hotkey: validatorHot.address,
      netuid: 0,
      amount: TAO,
    });
    await expect(refused).rejects.toBeInstanceOf(ChainCallError);
    await expect(refused).rejects.toMatchObject({
      pallet: 'SubtensorModule',
      name: 'CannotBurnOrRecycleOnRootSubnet',
    });
  });
});

describe('auto-stake destinations', () => {
  it('default: setAutoStakeHotkey then getAutoStakeHotkeys by coldkey; a repeat is SameAutoStakeHotkeyAlreadySet', async () => {
    expect(await getAutoStakeHotkeys(client, { coldkey: bob.address })).toEqual(new Map());
    await setAutoStakeHotkey(client, { signer: bob, netuid, hotkey: ownerHot.address });
    expect(await getAutoStakeHotkeys(client, { coldkey: bob.address })).toEqual(
      new Map([[netuid, ownerHot.address]]),
    );
    await expect(
      setAutoStakeHotkey(client, { signer: bob, netuid, hotkey: ownerHot.address }),
    ).rejects.toMatchObject({ pallet: 'SubtensorModule', name: 'SameAutoStakeHotkeyAlreadySet' });
  });
});

describe('hotkey association', () => {
  it('default: associateHotkey makes the signer the owner of a fresh hotkey', async () => {
    const fresh = createKeypair({ uri: '//SkBurnFresh_hk' });
    await associateHotkey(client, { signer: bob, hotkey: fresh.address });
    const owner = await client.api.query.subtensorModule.owner(fresh.address);
    expect(owner.toString()).toBe(bob.address);
  });
});
