/**
 * The SDK's staking actions against a devnet: moveStake, transferStake, swapStake (with a limit), getStakeInfo,
 * getAlphaPrice, setChildren / getChildren, setChildkeyTake, setDelegateTake / getDelegateTake — each result
 * checked against what the chain reports through another read.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  addStake,
  burnedRegister,
  createKeypair,
  FULL_PROPORTION,
  getAlphaPrice,
  getChildren,
  getDelegateTake,
  getStake,
  getStakeInfo,
  moveStake,
  type SubtensorClient,
  setChildkeyTake,
  setChildren,
  setDelegateTake,
  submitExtrinsic,
  swapStake,
  transferStake,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, startAliceSubnet, startClientDevnet, sudoSet, TAO } from '../support/sdk-subnet.js';

let devnet: Devnet;
let client: SubtensorClient;
const nets: number[] = [];
const bob = createKeypair({ uri: '//Bob' });
const dave = createKeypair({ uri: '//Dave' });
const eve = createKeypair({ uri: '//Eve' });
const v1 = createKeypair({ uri: '//SaV1' });
const v2 = createKeypair({ uri: '//SaV2' });

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  for (const owner of ['//SaOwnerA', '//SaOwnerB']) {
    const netuid = await startAliceSubnet(client, createKeypair({ uri: owner }), {
      max_registrations_per_block: 100,
      tempo: 1000,
    });
    nets.push(netuid);
    for (const hk of [v1, v2]) await burnedRegister(client, { signer: bob, netuid, hotkey: hk.address });
  }
  await submitExtrinsic(client, {
    signer: alice,
    call: (api) => api.tx.sudo.sudo(api.tx.subtensorModule.setPendingChildkeyCooldown(0)),
  });
  await addStake(client, { signer: dave, hotkey: v1.address, netuid: nets[0] ?? 0, amount: 50n * TAO });
}, 120_000);
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('stake actions', () => {
  it('default: moveStake, transferStake and swapStake move stake and report the TAO it was worth', async () => {
    const [a, b] = nets as [number, number];
    const before = await getStake(client, { hotkey: v1.address, netuid: a, coldkey: dave.address });
    const moved = await moveStake(client, {
      signer: dave,
      fromHotkey: v1.address,
      toHotkey: v2.address,
      fromNetuid: a,
      toNetuid: a,
      amount: 10n * TAO,
    });
    expect(moved.tao).toBeGreaterThan(0n);
    expect(await getStake(client, { hotkey: v1.address, netuid: a, coldkey: dave.address })).toBe(
      before - 10n * TAO,
    );
    expect(await getStake(client, { hotkey: v2.address, netuid: a, coldkey: dave.address })).toBe(10n * TAO);

    const swapped = await swapStake(client, {
      signer: dave,
      hotkey: v2.address,
      fromNetuid: a,
      toNetuid: b,
      amount: 10n * TAO,
    });
    expect(swapped.tao).toBeGreaterThan(0n);
    const onB = await getStake(client, { hotkey: v2.address, netuid: b, coldkey: dave.address });
    expect(onB).toBeGreaterThan(0n);

    const given = await transferStake(client, {
      signer: dave,
      destination: eve.address,
      hotkey: v2.address,
      fromNetuid: b,
      toNetuid: b,
      amount: onB,
    });
    expect(given.tao).toBeGreaterThan(0n);
    expect(await getStake(client, { hotkey: v2.address, netuid: b, coldkey: eve.address })).toBe(onB);

    const positions = await getStakeInfo(client, { coldkey: dave.address });
    expect(positions.map((p) => [p.netuid, p.hotkey])).toEqual([[a, v1.address]]);
    expect(positions[0]?.stake).toBe(before - 10n * TAO);
  });

  it('error: swapStake with a limit the price cannot meet and no partial fill is SlippageTooHigh', async () => {
    const [a, b] = nets as [number, number];
    const ratio =
      ((await getAlphaPrice(client, { netuid: a })) * TAO) / (await getAlphaPrice(client, { netuid: b }));
    const limit = { price: (ratio * 999n) / 1000n, allowPartial: false };
    const amount = await getStake(client, { hotkey: v1.address, netuid: a, coldkey: dave.address });
    await expect(
      swapStake(client, { signer: dave, hotkey: v1.address, fromNetuid: a, toNetuid: b, amount, limit }),
    ).rejects.toMatchObject({ pallet: 'SubtensorModule', name: 'SlippageTooHigh' });
  });

  it('default: getAlphaPrice is 1 TAO on root', async () => {
    expect(await getAlphaPrice(client, { netuid: 0 })).toBe(TAO);
  });
});

describe('child hotkeys and takes', () => {
  it('default: setChildren schedules, getChildren shows it pending, then in effect after the epoch', async () => {
    const [a] = nets as [number];
    await setChildren(client, {
      signer: bob,
      hotkey: v1.address,
      netuid: a,
      children: [{ hotkey: v2.address, proportion: FULL_PROPORTION / 2n }],
    });
    const scheduled = await getChildren(client, { hotkey: v1.address, netuid: a });
    expect(scheduled.children).toEqual([]);
    expect(scheduled.pending?.children).toEqual([{ hotkey: v2.address, proportion: FULL_PROPORTION / 2n }]);
    const cooldown = scheduled.pending?.coolDownBlock ?? 0n;
    await sudoSet(client, a, 'tempo', 10);
    const header = await client.api.rpc.chain.getHeader();
    await devnet.newBlock(Math.max(Number(cooldown) - header.number.toNumber() + 1, 0) + 12);
    const applied = await getChildren(client, { hotkey: v1.address, netuid: a });
    expect(applied.children).toEqual([{ hotkey: v2.address, proportion: FULL_PROPORTION / 2n }]);
    expect(applied.pending).toBeUndefined();
    expect((await getChildren(client, { hotkey: v2.address, netuid: a })).parents).toEqual([
      { hotkey: v1.address, proportion: FULL_PROPORTION / 2n },
    ]);
  }, 120_000);

  it('default: setChildkeyTake and setDelegateTake (down, then up is rate limited)', async () => {
    const [a] = nets as [number];
    await setChildkeyTake(client, { signer: bob, hotkey: v2.address, netuid: a, take: 2_000 });
    const take = await client.api.query.subtensorModule.childkeyTake(v2.address, a);
    expect(Number(take.toString())).toBe(2_000);
    expect(await getDelegateTake(client, { hotkey: v1.address })).toBe(11_796);
    await setDelegateTake(client, { signer: bob, hotkey: v1.address, take: 4_000 });
    expect(await getDelegateTake(client, { hotkey: v1.address })).toBe(4_000);
    await expect(
      setDelegateTake(client, { signer: bob, hotkey: v1.address, take: 5_000 }),
    ).rejects.toMatchObject({
      name: 'DelegateTxRateLimitExceeded',
    });
  });
});
