/**
 * `set_coldkey_auto_stake_hotkey` over unmodified @polkadot/api: the destination per (coldkey, subnet) in
 * `AutoStakeDestination`, the reverse list in `AutoStakeDestinationColdkeys` kept in step when the destination
 * changes, the `AutoStakeDestinationSet` event, subtensor's refusals, the read btcli's `stake auto` does
 * (`query_map` of `AutoStakeDestination` by coldkey) and the runtime API `get_coldkey_auto_stake_hotkey`.
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, createSubnet, keyring, ok, send, startSubtensor } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;

const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const eve = keyring.addFromUri('//Eve');
const v1 = keyring.addFromUri('//Bob_v');
const v2 = keyring.addFromUri('//Bob_w');
const S = 'subtensorModule';
let A: number;

const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const destination = async (cold: string, netuid: number) =>
  (await q().autoStakeDestination(cold, netuid)).toJSON();
const coldkeysOf = async (hot: string, netuid: number) =>
  (await q().autoStakeDestinationColdkeys(hot, netuid)).toJSON();

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  A = await createSubnet(api, alice, keyring.addFromUri('//Alice_asA'), { startCall: false });
  await ok(api, tx().burnedRegister(A, v1.address), bob);
  await ok(api, tx().burnedRegister(A, v2.address), bob);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('set_coldkey_auto_stake_hotkey', () => {
  it('default: stores the destination and adds the coldkey to the hotkey list', async () => {
    expect(await destination(dave.address, A)).toBeNull();
    const out = await ok(api, tx().setColdkeyAutoStakeHotkey(A, v1.address), dave);
    expect(out.events.filter((e) => e.section === S).map((e) => [e.method, e.data])).toEqual([
      ['AutoStakeDestinationSet', [dave.address, A, v1.address]],
    ]);
    expect(await destination(dave.address, A)).toBe(v1.address);
    expect(await coldkeysOf(v1.address, A)).toEqual([dave.address]);
    await ok(api, tx().setColdkeyAutoStakeHotkey(A, v1.address), eve);
    expect(await coldkeysOf(v1.address, A)).toEqual([dave.address, eve.address]);
  });

  it('behavior: a new destination moves the coldkey from the old hotkey list to the new one', async () => {
    await ok(api, tx().setColdkeyAutoStakeHotkey(A, v2.address), dave);
    expect(await destination(dave.address, A)).toBe(v2.address);
    expect(await coldkeysOf(v1.address, A)).toEqual([eve.address]);
    expect(await coldkeysOf(v2.address, A)).toEqual([dave.address]);
  });

  it('behavior: query_map by coldkey lists the destinations per subnet (btcli stake auto)', async () => {
    const entries = await q().autoStakeDestination.entries(dave.address);
    expect(entries.map(([k, v]) => [k.args.map((a) => a.toJSON()), v.toJSON()])).toEqual([
      [[dave.address, A], v2.address],
    ]);
  });

  it('behavior: SubnetInfoRuntimeApi.get_coldkey_auto_stake_hotkey answers the destination or None', async () => {
    const call = api.call.subnetInfoRuntimeApi.getColdkeyAutoStakeHotkey;
    expect((await call(dave.address, A)).toJSON()).toBe(v2.address);
    expect((await call(bob.address, A)).toJSON()).toBeNull();
  });

  it('error: subtensor refusals, state unchanged', async () => {
    const cases: [number, string, string][] = [
      [A, v2.address, 'SameAutoStakeHotkeyAlreadySet'],
      [A, eve.address, 'HotKeyNotRegisteredInSubNet'],
      [77, v1.address, 'SubnetNotExists'],
    ];
    for (const [netuid, hot, error] of cases) {
      expect((await send(api, tx().setColdkeyAutoStakeHotkey(netuid, hot), dave)).error).toBe(
        `${S}.${error}`,
      );
    }
    expect(await destination(dave.address, A)).toBe(v2.address);
    expect(await coldkeysOf(v2.address, A)).toEqual([dave.address]);
  });

  it('default: call data is pallet 7, call 114, (netuid, hotkey)', () => {
    expect(tx().setColdkeyAutoStakeHotkey(3, v1.address).method.toHex()).toBe(
      `0x07720300${u8aToHex(v1.publicKey).slice(2)}`,
    );
  });
});
