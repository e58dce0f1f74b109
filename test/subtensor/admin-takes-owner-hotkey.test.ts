/**
 * AdminUtils setters of delegate and childkey takes and of the subnet owner hotkey, over unmodified
 * @polkadot/api, each checked through the subtensor code that reads what it sets: `sudo_set_default_take`
 * (subtensor writes `MaxDelegateTake`) caps `increase_take`, `sudo_set_tx_delegate_take_rate_limit` spaces take
 * increases, `sudo_set_min_childkey_take_per_subnet` floors `set_childkey_take`, and `sudo_set_sn_owner_hotkey` /
 * `sudo_set_subnet_owner_hotkey` move `SubnetOwnerHotkey` once per 50 400 blocks.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  createSubnet,
  keyring,
  num,
  type Outcome,
  ok,
  send,
  startSubtensor,
  sudo,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const daveHot = keyring.addFromUri('//Dave_take');
const ownerHot2 = keyring.addFromUri('//Alice_oh2');
const S = 'subtensorModule';
let A: number;
let B: number;

const st = () => api.tx.subtensorModule;
const au = () => api.tx.adminUtils;
const q = () => api.query.subtensorModule;
const subtensorEvents = (out: Outcome) =>
  out.events.filter((e) => e.section === S).map((e) => [e.method, e.data] as [string, unknown]);
async function refused(call: SubmittableExtrinsic<'promise'>, signer: KeyringPair, error: string) {
  expect((await send(api, call, signer)).error).toBe(error);
}
/** `Sudo.sudo(call)`'s inner error (the extrinsic itself succeeds). */
async function sudoRefused(call: SubmittableExtrinsic<'promise'>, error: string) {
  expect((await send(api, api.tx.sudo.sudo(call), alice)).error).toBe(error);
}

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, keyring.addFromUri('//Alice_oh1'), { startCall: false });
  B = await createSubnet(api, alice, keyring.addFromUri('//Alice_oh3'), { startCall: false });
  await ok(api, st().burnedRegister(A, daveHot.address), dave);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('delegate takes', () => {
  it('default: sudo_set_default_take sets MaxDelegateTake (MaxDelegateTakeSet), which caps increase_take', async () => {
    const out = await sudo(api, au().sudoSetDefaultTake(5000));
    expect(subtensorEvents(out)).toEqual([['MaxDelegateTakeSet', [5000]]]);
    expect(num(await q().maxDelegateTake())).toBe(5000);
    await ok(api, st().decreaseTake(daveHot.address, 1000), dave);
    await refused(st().increaseTake(daveHot.address, 2000), dave, `${S}.DelegateTxRateLimitExceeded`);
  });

  it('default: sudo_set_tx_delegate_take_rate_limit lifts the spacing of take increases', async () => {
    const out = await sudo(api, au().sudoSetTxDelegateTakeRateLimit(0));
    expect(subtensorEvents(out)).toEqual([['TxDelegateTakeRateLimitSet', [0]]]);
    await ok(api, st().increaseTake(daveHot.address, 2000), dave);
    await refused(st().increaseTake(daveHot.address, 5001), dave, `${S}.DelegateTakeTooHigh`);
    await ok(api, st().increaseTake(daveHot.address, 5000), dave);
  });

  it('error: both are root only', async () => {
    await refused(au().sudoSetDefaultTake(1), dave, 'BadOrigin');
    await refused(au().sudoSetTxDelegateTakeRateLimit(1), dave, 'BadOrigin');
  });
});

describe('sudo_set_min_childkey_take_per_subnet', () => {
  it('default: the owner sets the floor (MinChildKeyTakePerSubnetSet) and set_childkey_take respects it', async () => {
    const out = await ok(api, au().sudoSetMinChildkeyTakePerSubnet(A, 1000), alice);
    expect(subtensorEvents(out)).toEqual([['MinChildKeyTakePerSubnetSet', [A, 1000]]]);
    expect(num(await q().minChildkeyTakePerSubnet(A))).toBe(1000);
    await refused(st().setChildkeyTake(daveHot.address, A, 999), dave, `${S}.InvalidChildkeyTake`);
    await ok(api, st().setChildkeyTake(daveHot.address, A, 1000), dave);
  });

  it('error: bounds (MinChildkeyTake..MaxChildkeyTake), subnet and origin', async () => {
    const max = num(await q().maxChildkeyTake());
    await refused(au().sudoSetMinChildkeyTakePerSubnet(A, max + 1), alice, 'adminUtils.InvalidValue');
    await sudoRefused(au().sudoSetMinChildkeyTakePerSubnet(77, 10), 'adminUtils.SubnetDoesNotExist');
    await refused(au().sudoSetMinChildkeyTakePerSubnet(A, 10), bob, 'BadOrigin');
  });
});

describe('subnet owner hotkey', () => {
  it('default: the owner moves SubnetOwnerHotkey (SubnetOwnerHotkeySet)', async () => {
    const out = await ok(api, au().sudoSetSnOwnerHotkey(A, ownerHot2.address), alice);
    expect(subtensorEvents(out)).toEqual([['SubnetOwnerHotkeySet', [A, ownerHot2.address]]]);
    expect((await q().subnetOwnerHotkey(A)).toJSON()).toBe(ownerHot2.address);
  });

  it('error: once per 50 400 blocks, for root too (TxRateLimitExceeded)', async () => {
    await refused(au().sudoSetSnOwnerHotkey(A, daveHot.address), alice, `${S}.TxRateLimitExceeded`);
    await sudoRefused(au().sudoSetSubnetOwnerHotkey(A, daveHot.address), `${S}.TxRateLimitExceeded`);
    expect((await q().subnetOwnerHotkey(A)).toJSON()).toBe(ownerHot2.address);
  });

  it('error: origin, subnet and system accounts', async () => {
    await refused(au().sudoSetSnOwnerHotkey(B, daveHot.address), bob, 'BadOrigin');
    await sudoRefused(au().sudoSetSnOwnerHotkey(77, daveHot.address), `${S}.SubnetNotExists`);
    const system = u8aToHex(
      u8aConcat(stringToU8a('modlsubtensr'), new Uint8Array([B, 0]), new Uint8Array(18)),
    );
    await sudoRefused(au().sudoSetSubnetOwnerHotkey(B, system), `${S}.CannotUseSystemAccount`);
  });

  it('default: root sets it with sudo_set_subnet_owner_hotkey (call 64)', async () => {
    await sudo(api, au().sudoSetSubnetOwnerHotkey(B, ownerHot2.address));
    expect((await q().subnetOwnerHotkey(B)).toJSON()).toBe(ownerHot2.address);
  });
});

describe('call data', () => {
  it('default: pallet 19 with admin-utils call indices', () => {
    const hot = u8aToHex(ownerHot2.publicKey).slice(2);
    const cases: [SubmittableExtrinsic<'promise'>, string][] = [
      [au().sudoSetDefaultTake(5000), '0x01' + '8813'],
      [au().sudoSetTxDelegateTakeRateLimit(7), '0x2d' + '0700000000000000'],
      [au().sudoSetMinChildkeyTakePerSubnet(3, 1000), '0x5d' + '0300' + 'e803'],
      [au().sudoSetSubnetOwnerHotkey(3, ownerHot2.address), `0x40${'0300'}${hot}`],
      [au().sudoSetSnOwnerHotkey(3, ownerHot2.address), `0x43${'0300'}${hot}`],
    ];
    for (const [call, body] of cases) expect(call.method.toHex()).toBe(`0x13${body.slice(2)}`);
  });
});
