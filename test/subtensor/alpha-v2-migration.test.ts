/**
 * A devnet database in the previous stake layout opens with every balance kept. The database is written by
 * a devnet with `--base-path`, its positions then rewritten into the layout earlier releases wrote (U64F64
 * `Alpha` shares, one share per alpha, and `TotalHotkeyShares`, no `AlphaV2` / `TotalHotkeySharesV2`).
 * Reopened, the node reads the old entries (as subtensor does, legacy first), reports the same stakes
 * through `StakeInfoRuntimeApi` and `DelegateInfoRuntimeApi`, moves an entry to `AlphaV2` /
 * `TotalHotkeySharesV2` when it is next written, and pays every staker out in full.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import { type Devnet, startDevnet } from '@subnetkit/chain';
import { afterAll, describe, expect, it } from 'vitest';
import { wsProvider } from '../support/ws-provider.js';
import { alice, big, createSubnet, keyring, ok, setStorage, TAO } from './helpers.js';

const bob = keyring.addFromUri('//Bob');
const dave = keyring.addFromUri('//Dave');
const hot = keyring.addFromUri('//Bob_migr');
const opened: { close(): Promise<void> }[] = [];
let dir = '';

async function open(basePath: string): Promise<{ devnet: Devnet; api: ApiPromise }> {
  const devnet = await startDevnet({ port: 0, mode: 'instant', finalizeDelay: 0, basePath });
  const api = await ApiPromise.create({
    provider: wsProvider(devnet.url),
    throwOnConnect: true,
    noInitWarn: true,
  });
  opened.push({ close: () => api.disconnect() }, devnet);
  return { devnet, api };
}
async function close(): Promise<void> {
  for (const o of opened.splice(0).reverse()) await o.close();
}
async function stakeOf(api: ApiPromise, cold: KeyringPair, netuid: number): Promise<bigint> {
  const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
    hot.address,
    cold.address,
    netuid,
  )) as unknown as { unwrap(): { stake: { toBigInt(): bigint } } };
  return info.unwrap().stake.toBigInt();
}
/** U64F64 bits as the 16 little-endian bytes of `substrate_fixed::FixedU128<U64>`. */
function u64f64(bits: bigint): string {
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number((bits >> BigInt(8 * i)) & 0xffn);
  return u8aToHex(bytes);
}
function u64(value: bigint): string {
  return u64f64(value).slice(0, 18);
}

afterAll(async () => {
  await close();
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('AlphaV2 / TotalHotkeySharesV2 and a database in the previous layout', () => {
  it('behavior: legacy Alpha/TotalHotkeyShares entries keep every balance and move to V2 on the next write', async () => {
    dir = await mkdtemp(join(tmpdir(), 'alpha-v2-migration-'));
    // 1. A database with two stakers on one hotkey, on a subnet and on root.
    let { devnet, api } = await open(dir);
    const netuid = await createSubnet(api, alice, keyring.addFromUri('//Alice_migr'), { startCall: false });
    await setStorage(api, api.query.subtensorModule.subtokenEnabled.key(netuid), '0x01');
    await devnet.newBlock(1);
    await ok(api, api.tx.subtensorModule.burnedRegister(netuid, hot.address), bob);
    for (const [cold, amount] of [
      [bob, 30n * TAO],
      [dave, 12n * TAO],
    ] as const) {
      await ok(api, api.tx.subtensorModule.addStake(hot.address, netuid, amount), cold);
      await ok(api, api.tx.subtensorModule.addStake(hot.address, 0, amount / 3n), cold);
    }
    // 2. The previous layout: one U64F64 share per alpha, the pool's alpha the sum of the positions.
    const q = api.query.subtensorModule;
    const kept = new Map<string, bigint>();
    for (const n of [netuid, 0]) {
      let total = 0n;
      for (const cold of [bob, dave]) {
        const stake = await stakeOf(api, cold, n);
        kept.set(`${cold.address}/${n}`, stake);
        total += stake;
        await setStorage(api, q.alpha.key(hot.address, cold.address, n), u64f64(stake << 64n));
        await setStorage(api, q.alphaV2.key(hot.address, cold.address, n), null);
      }
      await setStorage(api, q.totalHotkeyShares.key(hot.address, n), u64f64(total << 64n));
      await setStorage(api, q.totalHotkeySharesV2.key(hot.address, n), null);
      await setStorage(api, q.totalHotkeyAlpha.key(hot.address, n), u64(total));
    }
    await devnet.newBlock(1);
    expect((await q.alphaV2.keys()).length).toBe(0);
    await close();

    // 3. Reopened: the same stakes, read from the legacy entries.
    ({ devnet, api } = await open(dir));
    const q2 = api.query.subtensorModule;
    for (const n of [netuid, 0])
      for (const cold of [bob, dave])
        expect(await stakeOf(api, cold, n)).toBe(kept.get(`${cold.address}/${n}`));
    const delegate = (await api.call.delegateInfoRuntimeApi.getDelegate(hot.address)) as unknown as {
      unwrap(): { toJSON(): { nominators: [string, [number, number | string][]][] } };
    };
    const nominators = delegate.unwrap().toJSON().nominators;
    expect(nominators).toHaveLength(2);
    for (const [cold, stakes] of nominators)
      for (const [n, stake] of stakes) expect(BigInt(stake)).toBe(kept.get(`${cold}/${n}`));

    // 4. A write moves the touched entries to V2; the other staker's balance is unchanged.
    const bobBefore = kept.get(`${bob.address}/${netuid}`) ?? 0n;
    await ok(api, api.tx.subtensorModule.removeStake(hot.address, netuid, TAO), bob);
    const stored = async (key: string) =>
      (await api.rpc.state.getStorage(key)) as unknown as { isSome?: boolean; isEmpty: boolean };
    const present = async (key: string) => {
      const v = await stored(key);
      return v.isSome ?? !v.isEmpty;
    };
    expect(await present(q2.alpha.key(hot.address, bob.address, netuid))).toBe(false);
    expect(await present(q2.alphaV2.key(hot.address, bob.address, netuid))).toBe(true);
    expect(await present(q2.totalHotkeyShares.key(hot.address, netuid))).toBe(false);
    expect(await present(q2.alpha.key(hot.address, dave.address, netuid))).toBe(true);
    expect(await stakeOf(api, bob, netuid)).toBe(bobBefore - TAO);
    expect(await stakeOf(api, dave, netuid)).toBe(kept.get(`${dave.address}/${netuid}`));

    // 5. Every legacy position pays out in full (the alpha swapped plus the swap fee is the whole stake).
    const free = async () =>
      (
        (await api.query.system.account(dave.address)) as unknown as {
          data: { free: { toBigInt(): bigint } };
        }
      ).data.free.toBigInt();
    const before = await free();
    const out = await ok(api, api.tx.subtensorModule.unstakeAll(hot.address), dave);
    const removed = out.events
      .filter((e) => e.method === 'StakeRemoved')
      .map((e) => [BigInt(e.data[3] as number) + BigInt(e.data[5] as number), Number(e.data[4])] as const);
    expect(removed).toEqual(
      expect.arrayContaining([
        [kept.get(`${dave.address}/0`), 0],
        [kept.get(`${dave.address}/${netuid}`), netuid],
      ]),
    );
    expect(await free()).toBeGreaterThan(before);
    for (const n of [netuid, 0]) expect(await stakeOf(api, dave, n)).toBe(0n);
    expect(big(await q2.totalHotkeyAlpha(hot.address, 0))).toBe(kept.get(`${bob.address}/0`));
  });
});
