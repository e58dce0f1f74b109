/**
 * `swap_hotkey` / `swap_hotkey_v2` over unmodified @polkadot/api, as subtensor HEAD runs them: on every subnet (the
 * old hotkey's uid, axon, takes, children, owner hotkey, every coldkey's stake and `StakingHotkeys` move; a storage
 * scan finds nothing left on the old key), with `keep_stake`, and on one subnet after `HotkeySwapOnSubnetInterval`.
 * Each swap conserves alpha and TAO: only the swap cost (`KeySwapCost` / `KeySwapOnSubnetCost`) and the fee leave
 * the coldkey and the issuance. Refusals decode to subtensor's names; call data is subtensor's.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import { xxhashAsHex } from '@polkadot/util-crypto';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  advanceTo,
  alice,
  big,
  createSubnet,
  fund,
  keyring,
  type Outcome,
  ok,
  send,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
const S = 'subtensorModule';
const KEY_SWAP_COST = 100_000_000n;
const KEY_SWAP_ON_SUBNET_COST = 1_000_000n;
const U64_MAX = (1n << 64n) - 1n;
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const hot = keyring.addFromUri('//Bob_swap_old');
const child = keyring.addFromUri('//Charlie_swap_child');
const dave = keyring.addFromUri('//Dave');
const daveHot = keyring.addFromUri('//Dave_swap_hot');
const nets: number[] = [];
const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const hex = (p: KeyringPair) => u8aToHex(p.publicKey).slice(2);
const error = async (call: SubmittableExtrinsic<'promise'>, signer: KeyringPair) =>
  (await send(api, call, signer)).error;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  await sudo(api, tx().setPendingChildkeyCooldown(0));
  for (const owner of ['//Alice_swap_a', '//Alice_swap_b'])
    nets.push(await createSubnet(api, alice, keyring.addFromUri(owner), { tempo: 10 }));
  for (const n of nets) {
    await ok(api, tx().burnedRegister(n, hot.address), bob);
    await ok(api, tx().burnedRegister(n, child.address), charlie);
    await ok(api, tx().addStake(hot.address, n, 50n * TAO), bob);
    await ok(api, tx().addStake(hot.address, n, 20n * TAO), charlie);
    await ok(api, tx().addStake(child.address, n, 10n * TAO), charlie);
    await ok(api, tx().burnedRegister(n, daveHot.address), dave);
    await ok(api, tx().addStake(daveHot.address, n, 10n * TAO), dave);
  }
  await ok(api, tx().addStake(hot.address, 0, 30n * TAO), bob);
  await fund(api, hot);
  await ok(api, tx().serveAxon(nets[0]!, 1, 0x01020304n, 8091, 4, 0, 0, 0), hot);
  await ok(api, tx().setChildkeyTake(hot.address, nets[0]!, 1000), bob);
  await ok(api, tx().setChildren(hot.address, nets[0]!, [[U64_MAX / 2n, child.address]]), bob);
  // The children apply at the next epoch; then epochs stop, so that stake changes only by the swaps.
  await devnet.newBlock(12);
  for (const n of nets) await sudo(api, api.tx.adminUtils.sudoSetTempo(n, 50_000));
}, 240_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

/** Every `SubtensorModule` entry whose key or value holds `account`, except values equal to the default. */
async function entriesWith(account: KeyringPair): Promise<string[]> {
  const prefix = xxhashAsHex('SubtensorModule', 128);
  const keys = (await api.rpc.state.getKeysPaged(prefix, 1000)).map((k) => k.toHex());
  const values = await api.rpc.state.queryStorageAt<[]>(keys);
  const names = new Map<string, string>();
  for (const [name, item] of Object.entries(q()))
    names.set((item as { keyPrefix(): string }).keyPrefix(), name);
  const out: string[] = [];
  keys.forEach((key, i) => {
    const value = (values[i] as unknown as { toHex(): string }).toHex();
    if (!key.includes(hex(account)) && !value.includes(hex(account))) return;
    out.push(`${names.get(key.slice(0, 66)) ?? key.slice(0, 66)}=${value}`);
  });
  return out;
}

/** What a swap may change, at one block: the hotkeys' alpha per subnet, both issuances, the coldkey's balance. */
async function totalsAt(hash: string, coldkey: KeyringPair, hotkeys: KeyringPair[]) {
  const at = await api.at(hash);
  const sq = at.query.subtensorModule;
  const alpha: bigint[] = [];
  for (const n of [0, ...nets]) {
    let sum = 0n;
    for (const h of hotkeys) sum += big(await sq.totalHotkeyAlpha(h.address, n));
    alpha.push(sum);
  }
  const account = (await at.query.system.account(coldkey.address)) as unknown as { data: { free: unknown } };
  return {
    alpha,
    issuance: big(await sq.totalIssuance()),
    balances: big(await at.query.balances.totalIssuance()),
    free: big(account.data.free),
  };
}

/**
 * Sends a swap and checks conservation: the hotkeys' alpha is unchanged, the coldkey and `Balances` lose exactly
 * `cost` + fee, and `SubtensorModule.TotalIssuance` grows by the block's emission less `cost`.
 */
/** The rao of rounding dust one block's coinbase may recycle (a few per subnet). */
const COINBASE_DUST = 16n;

async function conservingSwap(
  call: SubmittableExtrinsic<'promise'>,
  coldkey: KeyringPair,
  hotkeys: KeyringPair[],
  cost: bigint,
): Promise<Outcome> {
  const out = await ok(api, call, coldkey);
  const parent = (await api.rpc.chain.getHeader(out.blockHash)).parentHash.toHex();
  // An empty block after it tells the block emission.
  const next = await devnet.newBlock(1);
  const [before, after, later] = await Promise.all([
    totalsAt(parent, coldkey, hotkeys),
    totalsAt(out.blockHash, coldkey, hotkeys),
    totalsAt(next, coldkey, hotkeys),
  ]);
  const fee = feeOf(out);
  expect(after.alpha).toEqual(before.alpha);
  expect(before.free - after.free).toBe(cost + fee);
  expect(before.balances - after.balances).toBe(cost + fee);
  // Each block's coinbase mints the same block emission but recycles its own few rao of rounding dust, so the two
  // blocks' issuance growth agree to within that dust once the swap's recycled cost is counted.
  const drift = after.issuance - before.issuance - (later.issuance - after.issuance - cost);
  expect(drift >= -COINBASE_DUST && drift <= COINBASE_DUST).toBe(true);
  return out;
}
const feeOf = (out: Outcome) =>
  BigInt((out.events.find((e) => e.method === 'TransactionFeePaid')!.data as [string, number | string])[1]);

async function stakeOn(hotkey: KeyringPair, netuid: number): Promise<bigint> {
  return big(await q().totalHotkeyAlpha(hotkey.address, netuid));
}

describe('swap_hotkey', () => {
  it('error: refusals decode to subtensor names', async () => {
    const fresh = keyring.addFromUri('//Bob_swap_fresh');
    expect(await error(tx().swapHotkey(hot.address, fresh.address, null), charlie)).toBe(
      `${S}.NonAssociatedColdKey`,
    );
    expect(await error(tx().swapHotkey(hot.address, child.address, null), bob)).toBe(
      `${S}.NonAssociatedColdKey`,
    );
    expect(await error(tx().swapHotkey(hot.address, hot.address, null), bob)).toBe(
      `${S}.NewHotKeyIsSameWithOld`,
    );
    // A hotkey of Bob's, registered on a subnet.
    const other = keyring.addFromUri('//Bob_swap_other');
    await ok(api, tx().burnedRegister(nets[1]!, other.address), bob);
    expect(await error(tx().swapHotkey(hot.address, other.address, null), bob)).toBe(
      `${S}.HotKeyAlreadyRegisteredInSubNet`,
    );
    expect(await error(tx().swapHotkey(hot.address, other.address, nets[1]!), bob)).toBe(
      `${S}.HotKeyAlreadyRegisteredInSubNet`,
    );
    // A hotkey of Bob's with root stake (a swap on root checks it; the registration check passes there).
    const rooted = keyring.addFromUri('//Bob_swap_rooted');
    await ok(api, tx().burnedRegister(nets[1]!, rooted.address), bob);
    await ok(api, tx().addStake(rooted.address, 0, TAO), bob);
    expect(await error(tx().swapHotkey(hot.address, rooted.address, 0), bob)).toBe(
      `${S}.NewHotKeyNotCleanForRootSwap`,
    );
    // HotkeySwapOnSubnetInterval: the first per-subnet swap waits for block 7,201.
    expect(await error(tx().swapHotkey(hot.address, fresh.address, nets[0]!), bob)).toBe(
      `${S}.HotKeySwapOnSubnetIntervalNotPassed`,
    );
    expect(await error(api.tx.subtensorModule.scheduleSwapColdkey(fresh.address), bob)).toBe(
      `${S}.Deprecated`,
    );
  });

  it('default: on every subnet, everything moves and nothing stays on the old key; TAO and alpha conserved', async () => {
    const next = keyring.addFromUri('//Bob_swap_new');
    const uid = (await q().uids(nets[0]!, hot.address)).toJSON();
    const swap = tx().swapHotkey(hot.address, next.address, null);
    const out = await conservingSwap(swap, bob, [hot, next], KEY_SWAP_COST);
    expect(out.events.find((e) => e.method === 'HotkeySwapped')?.data).toEqual([
      bob.address,
      hot.address,
      next.address,
    ]);
    for (const n of [0, ...nets]) {
      // The share pool's rounding may leave a rao of dust, as on subtensor.
      expect(await stakeOn(hot, n)).toBeLessThanOrEqual(1n);
      expect(await stakeOn(next, n)).toBeGreaterThan(0n);
    }
    expect((await q().owner(next.address)).toString()).toBe(bob.address);
    expect((await q().uids(nets[0]!, next.address)).toJSON()).toBe(uid);
    expect((await q().keys(nets[0]!, uid as number)).toString()).toBe(next.address);
    expect((await q().axons(nets[0]!, next.address)).toJSON()).toMatchObject({ port: 8091 });
    expect((await q().childkeyTake(next.address, nets[0]!)).toJSON()).toBe(1000);
    expect((await q().stakingHotkeys(charlie.address)).toJSON()).toContain(next.address);
    // What stays on the old key, as on subtensor HEAD: its emptied `ChildKeys(old, netuid)` entries (an empty Vec),
    // the `TransactionKeyLastBlock` rate-limit records and the last epoch's `RootAlphaDividendsPerSubnet` (HEAD moves
    // neither; the latter is rewritten at the next epoch), and the share pool's rounding dust (shares worth under one
    // rao, checked above).
    const kept =
      /^(childKeys=0x00|transactionKeyLastBlock=|rootAlphaDividendsPerSubnet=|alphaV2=|totalHotkeySharesV2=|totalHotkeyAlpha=0x0[01]0{14}$)/;
    const left = await entriesWith(hot);
    expect(left.filter((e) => !kept.test(e))).toEqual([]);
    expect(left.filter((e) => e === 'childKeys=0x00')).toHaveLength(1 + nets.length);
    // The rate limit: another swap by Bob within TxRateLimit.
    expect(await error(tx().swapHotkey(next.address, hot.address, null), bob)).toBe(
      `${S}.HotKeySetTxRateLimitExceeded`,
    );
  });

  it('args: keep_stake leaves the stake on the old hotkey', async () => {
    const to = keyring.addFromUri('//Charlie_swap_kept');
    const stakes = await Promise.all(nets.map((n) => stakeOn(child, n)));
    await conservingSwap(
      tx().swapHotkeyV2(child.address, to.address, null, true),
      charlie,
      [child, to],
      KEY_SWAP_COST,
    );
    expect(await Promise.all(nets.map((n) => stakeOn(child, n)))).toEqual(stakes);
    expect(await Promise.all(nets.map((n) => stakeOn(to, n)))).toEqual(nets.map(() => 0n));
    expect((await q().isNetworkMember(to.address, nets[0]!)).toJSON()).toBe(true);
    expect((await q().owner(child.address)).toHex()).toBe(u8aToHex(new Uint8Array(32)));
    // The parent's link follows the child.
    expect((await q().parentKeys(to.address, nets[0]!)).toJSON()).toHaveLength(1);
  });

  it('args: netuid swaps on that subnet only, once per HotkeySwapOnSubnetInterval', async () => {
    const to = keyring.addFromUri('//Dave_swap_one');
    await advanceTo(devnet, api, 7_201);
    const [a, b] = nets as [number, number];
    const stakeA = await stakeOn(daveHot, a);
    const swap = tx().swapHotkey(daveHot.address, to.address, a);
    const out = await conservingSwap(swap, dave, [daveHot, to], KEY_SWAP_ON_SUBNET_COST);
    expect(out.events.find((e) => e.method === 'HotkeySwappedOnSubnet')?.data).toEqual([
      dave.address,
      daveHot.address,
      to.address,
      a,
    ]);
    expect(await stakeOn(to, a)).toBe(stakeA);
    expect(await stakeOn(daveHot, a)).toBe(0n);
    expect((await q().isNetworkMember(to.address, a)).toJSON()).toBe(true);
    expect((await q().isNetworkMember(daveHot.address, b)).toJSON()).toBe(true);
    expect((await q().owner(daveHot.address)).toString()).toBe(dave.address);
    await sudo(api, api.tx.adminUtils.sudoSetTxRateLimit(0));
    const another = keyring.addFromUri('//Dave_swap_two');
    expect(await error(tx().swapHotkey(to.address, another.address, a), dave)).toBe(
      `${S}.HotKeySwapOnSubnetIntervalNotPassed`,
    );
    expect(big(await q().lastHotkeySwapOnNetuid(a, dave.address))).toBeGreaterThan(7_200n);
  });
});

describe('call data', () => {
  const le = (v: bigint | number, bytes: number) => {
    let n = BigInt(v);
    let s = '';
    for (let i = 0; i < bytes; i++) {
      s += (n & 0xffn).toString(16).padStart(2, '0');
      n >>= 8n;
    }
    return s;
  };
  it('default: calls 70–73, 125–128 and 133 are subtensor’s', () => {
    const h = keyring.addFromUri('//Bob_swap_old');
    const n = keyring.addFromUri('//Bob_swap_new');
    const hash = `0x${'ab'.repeat(32)}`;
    const cases: [SubmittableExtrinsic<'promise'>, string][] = [
      [tx().swapHotkey(h.address, n.address, null), `46${hex(h)}${hex(n)}00`],
      [tx().swapHotkey(h.address, n.address, 3), `46${hex(h)}${hex(n)}01${le(3, 2)}`],
      [tx().swapColdkey(h.address, n.address, 5n), `47${hex(h)}${hex(n)}${le(5, 8)}`],
      [tx().swapHotkeyV2(h.address, n.address, 3, true), `48${hex(h)}${hex(n)}01${le(3, 2)}01`],
      [tx().scheduleSwapColdkey(n.address), `49${hex(n)}`],
      [tx().announceColdkeySwap(hash), `7d${'ab'.repeat(32)}`],
      [tx().swapColdkeyAnnounced(n.address), `7e${hex(n)}`],
      [tx().disputeColdkeySwap(), '7f'],
      [tx().resetColdkeySwap(n.address), `80${hex(n)}`],
      [tx().clearColdkeySwapAnnouncement(), '85'],
      [api.tx.adminUtils.sudoSetColdkeySwapAnnouncementDelay(9), `1356${le(9, 4)}`],
      [api.tx.adminUtils.sudoSetColdkeySwapReannouncementDelay(9), `1357${le(9, 4)}`],
    ];
    for (const [call, body] of cases)
      expect(call.method.toHex()).toBe(body.startsWith('13') ? `0x${body}` : `0x07${body}`);
  });
});
