/**
 * `root_register` through unmodified @polkadot/api, as subtensor's `do_root_register`: members join root while it has
 * room; when full, a newcomer with more root stake than the lowest member takes that member's uid, else
 * `StakeTooLowForRoot`; root members become delegates; the call data is subtensor's (call 62).
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  big,
  createSubnet,
  keyring,
  num,
  ok,
  opt,
  send,
  setStorage,
  startSubtensor,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const hot = (name: string) => keyring.addFromUri(`//Root_${name}`);
const [a, b, c] = [hot('a'), hot('b'), hot('c')];

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  // Root with room for two members, so the third must replace one.
  await setStorage(api, api.query.subtensorModule.maxAllowedUids.key(0), '0x0200');
  await devnet.newBlock();
  netuid = await createSubnet(api, alice, keyring.addFromUri('//Root_owner'));
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('root_register', () => {
  const tx = () => api.tx.subtensorModule;
  const q = () => api.query.subtensorModule;

  it('default: appends while root has room and makes the hotkey a delegate at 18%', async () => {
    const out = await ok(api, tx().rootRegister(a.address), alice);
    const registered = out.events.find((e) => e.method === 'NeuronRegistered');
    expect(registered?.data).toEqual([0, 0, a.address]);
    expect((await q().keys(0, 0)).toString()).toBe(a.address);
    expect(num(await q().delegates(a.address))).toBe(11_796);
    expect((await send(api, tx().rootRegister(a.address), alice)).error).toBe(
      'subtensorModule.HotKeyAlreadyRegisteredInSubNet',
    );
    await ok(api, tx().rootRegister(b.address), alice);
    expect(num(await q().subnetworkN(0))).toBe(2);
  });

  it('error: StakeTooLowForRoot when root is full and the newcomer does not have more root stake than the lowest', async () => {
    await ok(api, tx().addStake(a.address, 0, 10n * TAO), alice);
    await ok(api, tx().addStake(b.address, 0, 5n * TAO), alice);
    expect((await send(api, tx().rootRegister(c.address), alice)).error).toBe(
      'subtensorModule.StakeTooLowForRoot',
    );
    // The same stake as the lowest member is not enough either (strictly more is needed).
    await ok(api, tx().burnedRegister(netuid, c.address), alice);
    await ok(api, tx().addStake(c.address, 0, 5n * TAO), alice);
    expect((await send(api, tx().rootRegister(c.address), alice)).error).toBe(
      'subtensorModule.StakeTooLowForRoot',
    );
    expect(num(await q().subnetworkN(0))).toBe(2);
  });

  it('behavior: a newcomer with more stake replaces the lowest-stake member and takes its uid', async () => {
    await ok(api, tx().addStake(c.address, 0, TAO), alice);
    const out = await ok(api, tx().rootRegister(c.address), alice);
    expect(out.events.find((e) => e.method === 'NeuronRegistered')?.data).toEqual([0, 1, c.address]);
    expect((await q().keys(0, 1)).toString()).toBe(c.address);
    expect(num(opt(await q().uids(0, c.address)).unwrap())).toBe(1);
    expect(opt(await q().uids(0, b.address)).isNone).toBe(true);
    expect((await q().isNetworkMember(b.address, 0)).toJSON()).toBe(false);
    expect((await q().keys(0, 0)).toString()).toBe(a.address);
    expect(num(await q().subnetworkN(0))).toBe(2);
    // The replaced member keeps its stake.
    expect(big(await q().totalHotkeyAlpha(b.address, 0))).toBe(5n * TAO);
  });

  it('error: TooManyRegistrationsThisInterval after three times the target in one root interval', async () => {
    await setStorage(api, q().targetRegistrationsPerInterval.key(0), '0x0000');
    await devnet.newBlock();
    expect((await send(api, tx().rootRegister(hot('d').address), alice)).error).toBe(
      'subtensorModule.TooManyRegistrationsThisInterval',
    );
  });

  it("args: the call data is subtensor's (SubtensorModule 7, call 62, the hotkey)", () => {
    expect(tx().rootRegister(a.address).method.toHex()).toBe(`0x073e${u8aToHex(a.publicKey).slice(2)}`);
  });
});
