/**
 * `try_associate_hotkey` over unmodified @polkadot/api (subtensor `create_account_if_non_existent`): the first
 * coldkey to associate a fresh hotkey owns it (`Owner`, `OwnedHotkeys`, `StakingHotkeys`), later calls change
 * nothing, and a subnet's system account can never be a hotkey (`CannotUseSystemAccount`).
 */
import type { ApiPromise } from '@polkadot/api';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, createSubnet, keyring, ok, send, startSubtensor } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const fresh = keyring.addFromUri('//Dave_fresh');
const S = 'subtensorModule';
let netuid: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
/** `SubtensorPalletId` (`b"subtensr"`) sub-account of `netuid`: `modl ++ subtensr ++ u16 LE`, zero padded. */
const subnetAccount = (n: number) =>
  u8aToHex(u8aConcat(stringToU8a('modlsubtensr'), new Uint8Array([n & 0xff, n >> 8]), new Uint8Array(18)));

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  netuid = await createSubnet(api, alice, keyring.addFromUri('//Alice_ta'), { startCall: false });
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('try_associate_hotkey', () => {
  it('default: the signer becomes the owner of a fresh hotkey, without an event', async () => {
    expect((await q().owner(fresh.address)).toHex()).toBe(u8aToHex(new Uint8Array(32)));
    const out = await ok(api, tx().tryAssociateHotkey(fresh.address), dave);
    expect(out.events.filter((e) => e.section === S)).toEqual([]);
    expect((await q().owner(fresh.address)).toJSON()).toBe(dave.address);
    expect((await q().ownedHotkeys(dave.address)).toJSON()).toEqual([fresh.address]);
    expect((await q().stakingHotkeys(dave.address)).toJSON()).toEqual([fresh.address]);
  });

  it('behavior: a hotkey already owned stays with its owner, so another coldkey cannot register it', async () => {
    await ok(api, tx().tryAssociateHotkey(fresh.address), bob);
    expect((await q().owner(fresh.address)).toJSON()).toBe(dave.address);
    expect((await q().ownedHotkeys(bob.address)).toJSON()).toEqual([]);
    expect((await send(api, tx().burnedRegister(netuid, fresh.address), bob)).error).toBe(
      `${S}.NonAssociatedColdKey`,
    );
  });

  it('error: a subnet system account is CannotUseSystemAccount, for try_associate_hotkey and registration', async () => {
    for (const n of [0, netuid, 300]) {
      expect((await send(api, tx().tryAssociateHotkey(subnetAccount(n)), dave)).error).toBe(
        `${S}.CannotUseSystemAccount`,
      );
    }
    expect((await send(api, tx().burnedRegister(netuid, subnetAccount(netuid)), dave)).error).toBe(
      `${S}.CannotUseSystemAccount`,
    );
    // The same prefix with a non-zero tail is an ordinary account.
    const almost = `${subnetAccount(1).slice(0, -2)}01`;
    await ok(api, tx().tryAssociateHotkey(almost), dave);
  });

  it('default: call data is pallet 7, call 91, the hotkey', () => {
    expect(tx().tryAssociateHotkey(fresh.address).method.toHex()).toBe(
      `0x075b${u8aToHex(fresh.publicKey).slice(2)}`,
    );
  });
});
