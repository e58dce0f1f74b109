/**
 * The SDK's key-swap actions against a devnet: swapHotkey (every subnet, one subnet refused before
 * `HotkeySwapOnSubnetInterval`), announceColdkeySwap / getColdkeySwapStatus / swapColdkeyAnnounced,
 * disputeColdkeySwap and clearColdkeySwapAnnouncement — each checked through another read.
 */
import type { Devnet } from '@subnetkit/chain';
import {
  announceColdkeySwap,
  burnedRegister,
  ChainCallError,
  clearColdkeySwapAnnouncement,
  coldkeySwapHash,
  createKeypair,
  disputeColdkeySwap,
  getBalance,
  getColdkeySwapStatus,
  getUid,
  type SubtensorClient,
  submitExtrinsic,
  swapColdkeyAnnounced,
  swapHotkey,
} from '@subnetkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, startAliceSubnet, startClientDevnet } from '../support/sdk-subnet.js';

let devnet: Devnet;
let client: SubtensorClient;
let netuid: number;
const bob = createKeypair({ uri: '//Bob' });
const dave = createKeypair({ uri: '//Dave' });
const eve = createKeypair({ uri: '//Eve' });
const ferdie = createKeypair({ uri: '//Ferdie' });
const oldHot = createKeypair({ uri: '//KsOld' });
const newHot = createKeypair({ uri: '//KsNew' });
const daveNew = createKeypair({ uri: '//KsDaveNew' });

beforeAll(async () => {
  ({ devnet, client } = await startClientDevnet());
  for (const call of [
    'sudoSetColdkeySwapAnnouncementDelay',
    'sudoSetColdkeySwapReannouncementDelay',
  ] as const)
    await submitExtrinsic(client, {
      signer: alice,
      call: (api) => api.tx.sudo.sudo(api.tx.adminUtils[call](2)),
    });
  netuid = await startAliceSubnet(client, createKeypair({ uri: '//KsOwner' }), {
    max_registrations_per_block: 100,
  });
  await burnedRegister(client, { signer: bob, netuid, hotkey: oldHot.address });
}, 120_000);
afterAll(async () => {
  await client?.disconnect();
  await devnet?.close();
});

describe('swapHotkey', () => {
  it('error: on one subnet before HotkeySwapOnSubnetInterval', async () => {
    const refusal = await swapHotkey(client, {
      signer: bob,
      hotkey: oldHot.address,
      newHotkey: newHot.address,
      netuid,
    }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ChainCallError);
    expect((refusal as ChainCallError).name).toBe('HotKeySwapOnSubnetIntervalNotPassed');
  });

  it('default: on every subnet the uid moves to the new hotkey', async () => {
    const uid = await getUid(client, { netuid, hotkey: oldHot.address });
    const { events } = await swapHotkey(client, {
      signer: bob,
      hotkey: oldHot.address,
      newHotkey: newHot.address,
    });
    expect(events.some((e) => e.pallet === 'SubtensorModule' && e.name === 'HotkeySwapped')).toBe(true);
    expect(await getUid(client, { netuid, hotkey: newHot.address })).toBe(uid);
    expect(await getUid(client, { netuid, hotkey: oldHot.address })).toBeUndefined();
  });
});

describe('coldkey swap', () => {
  it('default: announce, status, then swap after the delay', async () => {
    await announceColdkeySwap(client, { signer: dave, newColdkey: daveNew.address });
    const status = await getColdkeySwapStatus(client, { coldkey: dave.address });
    expect(status.announcement).toEqual({
      executableAt: status.block + 2,
      newColdkeyHash: coldkeySwapHash(daveNew.address),
    });
    expect(status).toMatchObject({ disputedAt: undefined, delay: 2, reannouncementDelay: 2 });
    await devnet.newBlock(2);
    await swapColdkeyAnnounced(client, { signer: dave, newColdkey: daveNew.address });
    expect((await getBalance(client, { address: daveNew.address })).free).toBeGreaterThan(0n);
    expect((await getColdkeySwapStatus(client, { coldkey: dave.address })).announcement).toBeUndefined();
  });

  it('behavior: dispute freezes the announcement; clear withdraws another', async () => {
    await announceColdkeySwap(client, { signer: eve, newColdkey: daveNew.address });
    await disputeColdkeySwap(client, { signer: eve });
    expect((await getColdkeySwapStatus(client, { coldkey: eve.address })).disputedAt).toBeGreaterThan(0);
    await announceColdkeySwap(client, { signer: ferdie, newColdkey: daveNew.address });
    await devnet.newBlock(4);
    await clearColdkeySwapAnnouncement(client, { signer: ferdie });
    expect((await getColdkeySwapStatus(client, { coldkey: ferdie.address })).announcement).toBeUndefined();
  });
});
