/**
 * HEAD's coldkey swap over unmodified @polkadot/api: announce the new coldkey's BlakeTwo256 hash (the first
 * announcement recycles `KeySwapCost`), wait `ColdkeySwapAnnouncementDelay`, then `swap_coldkey_announced` moves the
 * subnet, the owned hotkeys, the stake and the whole balance; early execution, a wrong coldkey, re-announcing or
 * clearing too early fail by subtensor's names; while announced the coldkey may make only the swap calls, and once
 * disputed none until root resets it; root's `swap_coldkey` swaps at once.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { blake2AsHex, xxhashAsHex } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alice, big, createSubnet, keyring, ok, send, startSubtensor, sudo, TAO } from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const S = 'subtensorModule';
const DELAY = 5;
const REANNOUNCE = 3;
const dave = keyring.addFromUri('//Dave');
const eve = keyring.addFromUri('//Eve');
const ferdie = keyring.addFromUri('//Ferdie');
const daveHot = keyring.addFromUri('//Dave_cold_hot');
const daveNew = keyring.addFromUri('//Dave_new_cold');
let netuid: number;
const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const hashOf = (p: KeyringPair) => blake2AsHex(p.publicKey, 256);
const error = async (call: SubmittableExtrinsic<'promise'>, signer: KeyringPair) =>
  (await send(api, call, signer)).error;
const free = async (p: KeyringPair) =>
  big(((await api.query.system.account(p.address)) as unknown as { data: { free: unknown } }).data.free);

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  await sudo(api, api.tx.adminUtils.sudoSetColdkeySwapAnnouncementDelay(DELAY));
  await sudo(api, api.tx.adminUtils.sudoSetColdkeySwapReannouncementDelay(REANNOUNCE));
  netuid = await createSubnet(api, dave, daveHot);
  await ok(api, tx().addStake(daveHot.address, netuid, 100n * TAO), dave);
  await ok(api, tx().addStake(daveHot.address, netuid, 10n * TAO), eve);
}, 120_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('announce_coldkey_swap → swap_coldkey_announced', () => {
  it('error: nothing announced', async () => {
    expect(await error(tx().swapColdkeyAnnounced(daveNew.address), dave)).toBe(
      `${S}.ColdkeySwapAnnouncementNotFound`,
    );
    expect(await error(tx().disputeColdkeySwap(), dave)).toBe(`${S}.ColdkeySwapAnnouncementNotFound`);
    expect(await error(tx().clearColdkeySwapAnnouncement(), dave)).toBe(
      `${S}.ColdkeySwapAnnouncementNotFound`,
    );
    // A coldkey that cannot pay KeySwapCost (0.1 TAO) and stay alive.
    const poor = keyring.addFromUri('//Poor_cold');
    await ok(api, api.tx.balances.transferKeepAlive(poor.address, TAO / 10n), alice);
    expect(await error(tx().announceColdkeySwap(hashOf(daveNew)), poor)).toBe(
      `${S}.NotEnoughBalanceToPaySwapColdKey`,
    );
  });

  it('default: after the delay the subnet, hotkeys, stake and balance move to the announced coldkey', async () => {
    const out = await ok(api, tx().announceColdkeySwap(hashOf(daveNew)), dave);
    expect(out.events.find((e) => e.method === 'ColdkeySwapAnnounced')?.data).toEqual([
      dave.address,
      hashOf(daveNew),
    ]);
    const [when, hash] = (await q().coldkeySwapAnnouncements(dave.address)).toJSON() as [number, string];
    expect(hash).toBe(hashOf(daveNew));
    const announcedAt = Number((await api.rpc.chain.getHeader(out.blockHash)).number.toNumber());
    expect(when).toBe(announcedAt + DELAY);
    const recycled = out.events.filter((e) => e.section === 'balances' && e.method === 'Withdraw');
    expect(recycled.map((e) => (e.data as [string, number])[1])).toContain(100_000_000);
    // Too early, a wrong coldkey, another call, re-announcing or clearing too early.
    expect(await error(tx().swapColdkeyAnnounced(daveNew.address), dave)).toBe(`${S}.ColdkeySwapTooEarly`);
    expect(await error(tx().swapColdkeyAnnounced(ferdie.address), dave)).toBe(
      `${S}.AnnouncedColdkeyHashDoesNotMatch`,
    );
    expect(await error(tx().addStake(daveHot.address, netuid, TAO), dave)).toBe(`${S}.ColdkeySwapAnnounced`);
    expect(await error(api.tx.balances.transferKeepAlive(ferdie.address, TAO), dave)).toBe(
      `${S}.ColdkeySwapAnnounced`,
    );
    expect(await error(tx().announceColdkeySwap(hashOf(daveNew)), dave)).toBe(
      `${S}.ColdkeySwapReannouncedTooEarly`,
    );
    expect(await error(tx().clearColdkeySwapAnnouncement(), dave)).toBe(`${S}.ColdkeySwapClearTooEarly`);
    // The failed attempts kept the announcement.
    expect((await q().coldkeySwapAnnouncements(dave.address)).toJSON()).toEqual([when, hash]);

    const current = (await api.rpc.chain.getHeader()).number.toNumber();
    if (current + 1 < when) await devnet.newBlock(when - current - 1);
    const stake = big(await q().totalHotkeyAlpha(daveHot.address, netuid));
    const balance = await free(dave);
    const done = await ok(api, tx().swapColdkeyAnnounced(daveNew.address), dave);
    expect(done.events.find((e) => e.method === 'ColdkeySwapped')?.data).toEqual([
      dave.address,
      daveNew.address,
    ]);
    const fee = BigInt(
      (done.events.find((e) => e.method === 'TransactionFeePaid')!.data as [string, string])[1],
    );
    expect(await free(daveNew)).toBe(balance - fee);
    expect(await free(dave)).toBe(0n);
    expect((await q().subnetOwner(netuid)).toString()).toBe(daveNew.address);
    expect((await q().owner(daveHot.address)).toString()).toBe(daveNew.address);
    expect((await q().ownedHotkeys(daveNew.address)).toJSON()).toEqual([daveHot.address]);
    expect((await q().stakingHotkeys(daveNew.address)).toJSON()).toEqual([daveHot.address]);
    expect(big(await q().totalHotkeyAlpha(daveHot.address, netuid))).toBe(stake);
    expect((await q().coldkeySwapAnnouncements(dave.address)).isEmpty).toBe(true);
    // Nothing of SubtensorModule's is keyed by or names the old coldkey but the share pool's dust and its
    // `LastRateLimitedBlock` record.
    const prefix = xxhashAsHex('SubtensorModule', 128);
    const keys = (await api.rpc.state.getKeysPaged(prefix, 1000)).map((k) => k.toHex());
    const values = (await api.rpc.state.queryStorageAt<[]>(keys)).map((v) =>
      (v as unknown as { toHex(): string }).toHex(),
    );
    const old = dave.publicKey.reduce((s, b) => s + b.toString(16).padStart(2, '0'), '');
    const left = keys.filter((k, i) => k.includes(old) || values[i]!.includes(old));
    const pools = [q().alphaV2.keyPrefix(), q().totalHotkeySharesV2.keyPrefix()];
    expect(left.filter((k) => !pools.some((p) => k.startsWith(p)))).toEqual([]);
  });

  it('behavior: a disputed coldkey can make no call until root resets it', async () => {
    const target = keyring.addFromUri('//Eve_new_cold');
    await ok(api, tx().announceColdkeySwap(hashOf(target)), eve);
    const out = await ok(api, tx().disputeColdkeySwap(), eve);
    expect(out.events.find((e) => e.method === 'ColdkeySwapDisputed')?.data).toEqual([eve.address]);
    expect(await error(tx().disputeColdkeySwap(), eve)).toBe(`${S}.ColdkeySwapDisputed`);
    await devnet.newBlock(DELAY);
    expect(await error(tx().swapColdkeyAnnounced(target.address), eve)).toBe(`${S}.ColdkeySwapDisputed`);
    expect(await error(api.tx.balances.transferKeepAlive(ferdie.address, TAO), eve)).toBe(
      `${S}.ColdkeySwapDisputed`,
    );
    const reset = await sudo(api, tx().resetColdkeySwap(eve.address));
    expect(reset.events.find((e) => e.method === 'ColdkeySwapReset')?.data).toEqual([eve.address]);
    expect((await q().coldkeySwapDisputes(eve.address)).isEmpty).toBe(true);
    await ok(api, api.tx.balances.transferKeepAlive(ferdie.address, TAO), eve);
  });

  it('behavior: clear after the reannouncement delay; the next announcement pays again', async () => {
    const target = keyring.addFromUri('//Ferdie_new_cold');
    await ok(api, tx().announceColdkeySwap(hashOf(target)), ferdie);
    await devnet.newBlock(DELAY + REANNOUNCE);
    const out = await ok(api, tx().clearColdkeySwapAnnouncement(), ferdie);
    expect(out.events.find((e) => e.method === 'ColdkeySwapCleared')?.data).toEqual([ferdie.address]);
    const withdraws = (o: typeof out) =>
      o.events.filter((e) => e.section === 'balances' && e.method === 'Withdraw');
    const again = await ok(api, tx().announceColdkeySwap(hashOf(target)), ferdie);
    // The fee, then `KeySwapCost` recycled.
    expect(withdraws(again).map((e) => (e.data as [string, number])[1])).toContain(100_000_000);
    await devnet.newBlock(DELAY + REANNOUNCE);
    const re = await ok(api, tx().announceColdkeySwap(hashOf(dave)), ferdie);
    expect(withdraws(re).map((e) => (e.data as [string, number])[1])).not.toContain(100_000_000);
  });

  it('args: root swap_coldkey swaps at once, recycles swap_cost and clears the announcement', async () => {
    const target = keyring.addFromUri('//Ferdie_root_cold');
    const balance = await free(ferdie);
    await sudo(api, tx().swapColdkey(ferdie.address, target.address, TAO));
    expect(await free(target)).toBe(balance - TAO);
    expect((await q().coldkeySwapAnnouncements(ferdie.address)).isEmpty).toBe(true);
    expect(await error(api.tx.sudo.sudo(tx().swapColdkey(eve.address, daveHot.address, 0)), alice)).toBe(
      `${S}.NewColdKeyIsHotkey`,
    );
    expect(await error(api.tx.sudo.sudo(tx().swapColdkey(alice.address, daveNew.address, 0)), alice)).toBe(
      `${S}.ColdKeyAlreadyAssociated`,
    );
    expect(await error(tx().swapColdkey(eve.address, target.address, 0), eve)).toBe('BadOrigin');
  });
});
