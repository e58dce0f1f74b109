/**
 * `dissolve_network` / `root_dissolve_network` through unmodified @polkadot/api, as subtensor's `do_dissolve_network`:
 * root only; the pool's TAO is paid to the stakers' coldkeys pro rata to their alpha value (the pool's own alpha
 * counting as the protocol's, largest remainder for the rounding), the rest recycled out of `TotalIssuance`; every
 * per-subnet entry is gone (`entries()` of each map holds nothing keyed by the netuid, save the items subtensor
 * keeps); `NetworkRemoved`; call data as subtensor's (calls 61 and 120).
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  alice,
  big,
  blockNumber,
  createSubnet,
  fund,
  keyring,
  num,
  ok,
  send,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';

let devnet: Devnet;
let api: ApiPromise;
let netuid: number;
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const dave = keyring.addFromUri('//Dave');
const ownerHot = keyring.addFromUri('//Dissolve_owner');
const h1 = keyring.addFromUri('//Dissolve_h1');
const h2 = keyring.addFromUri('//Dissolve_h2');
const S = 'subtensorModule';
/** Per-subnet items subtensor's `remove_network` leaves in place. */
const KEPT = new Set([
  'maxWeightsLimit',
  'minAllowedUids',
  'minNonImmuneUids',
  'adjustmentInterval',
  'adjustmentAlpha',
  'minChildkeyTakePerSubnet',
  'subnetEpochConsensus',
  'rootClaimableThreshold',
  'rootProp',
  'subnetEmissionEnabled',
  'ownerCutEnabled',
  'recycleOrBurn',
  'rootAlphaDividendsPerSubnet',
]);

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  // Not started, so no emission moves the pool between the reads below and the block that dissolves it.
  netuid = await createSubnet(api, bob, ownerHot, { startCall: false });
  await sudo(api, api.tx.adminUtils.sudoSetSubtokenEnabled(netuid, true));
  const tx = api.tx.subtensorModule;
  await ok(api, tx.burnedRegister(netuid, h1.address), charlie);
  await ok(api, tx.burnedRegister(netuid, h2.address), dave);
  await ok(api, tx.addStake(ownerHot.address, netuid, 10n * TAO), bob);
  await ok(api, tx.addStake(h1.address, netuid, 100n * TAO), charlie);
  await ok(api, tx.addStake(h2.address, netuid, 37n * TAO), dave);
  // A commitment with a plain and a timelocked field (its round far off): Commitments state that goes with the subnet.
  await fund(api, h1);
  const fields = [
    { Raw5: u8aToHex(stringToU8a('model')) },
    { TimelockEncrypted: { encrypted: '0x0909', reveal_round: 10n ** 12n } },
  ];
  await ok(api, api.tx.commitments.setCommitment(netuid, { fields }), h1);
});
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

async function free(who: KeyringPair): Promise<bigint> {
  const account = (await api.query.system.account(who.address)) as unknown as {
    data: { free: { toBigInt(): bigint } };
  };
  return account.data.free.toBigInt();
}

/** Items (`pallet.item`) holding an entry with a `u16` key equal to `n`. */
async function itemsKeyedBy(n: number): Promise<string[]> {
  const found: string[] = [];
  const pallets = {
    [S]: api.query.subtensorModule,
    swap: api.query.swap,
    commitments: api.query.commitments,
  };
  for (const [pallet, items] of Object.entries(pallets))
    for (const [name, query] of Object.entries(items)) {
      if (query.keyPrefix === undefined || query.creator.meta.type.isPlain) continue;
      const keys = await query.keys();
      if (keys.some((k) => k.args.some((arg) => arg.toRawType() === 'u16' && num(arg) === n)))
        found.push(`${pallet}.${name}`);
    }
  return found;
}

describe('dissolve_network', () => {
  it('error: BadOrigin when signed; SubnetNotExists for root and for a netuid that does not exist', async () => {
    const tx = api.tx.subtensorModule;
    expect((await send(api, tx.dissolveNetwork(bob.address, netuid), bob)).error).toBe('BadOrigin');
    expect((await send(api, tx.rootDissolveNetwork(netuid), bob)).error).toBe('BadOrigin');
    for (const n of [0, 99])
      expect((await send(api, api.tx.sudo.sudo(tx.rootDissolveNetwork(n)), alice)).error).toBe(
        `${S}.SubnetNotExists`,
      );
  });

  it('behavior: pays the pool to the stakers pro rata to the rao, recycles the protocol share, deletes the subnet', async () => {
    const q = api.query.subtensorModule;
    const pot = big(await q.subnetTAO(netuid));
    const alphaIn = big(await q.subnetAlphaIn(netuid));
    // Stakes in subtensor's order: hotkeys in TotalHotkeyAlpha key order; here each hotkey has one coldkey.
    const coldOf = new Map(
      [ownerHot, h1, h2].map((h, i) => [h.address, [bob, charlie, dave][i] as KeyringPair]),
    );
    const stakes: { cold: KeyringPair; alpha: bigint }[] = [];
    for (const [key] of await q.totalHotkeyAlpha.entries()) {
      const [hot, n] = key.args;
      if (num(n) !== netuid) continue;
      const cold = coldOf.get(hot!.toString()) as KeyringPair;
      const info = (await api.call.stakeInfoRuntimeApi.getStakeInfoForHotkeyColdkeyNetuid(
        hot!.toString(),
        cold.address,
        netuid,
      )) as unknown as { unwrap(): { stake: { toBigInt(): bigint } } };
      stakes.push({ cold, alpha: info.unwrap().stake.toBigInt() });
    }
    expect(stakes).toHaveLength(3);
    const weights = [...stakes.map((s) => s.alpha), alphaIn];
    const total = weights.reduce((a, b) => a + b, 0n);
    const expected = weights.map((w) => (pot * w) / total);
    const order = weights
      .map((w, i) => ({ i, rem: (pot * w) % total }))
      .sort((a, b) => (a.rem === b.rem ? 0 : a.rem > b.rem ? -1 : 1));
    let leftover = pot - expected.reduce((a, b) => a + b, 0n);
    for (const { i } of order) if (leftover-- > 0n) expected[i] = (expected[i] ?? 0n) + 1n;
    const before = await Promise.all(stakes.map((s) => free(s.cold)));
    const issuance = big(await q.totalIssuance());
    const balances = big(await api.query.balances.totalIssuance());
    const staked = big(await q.totalStake());
    const networks = num(await q.totalNetworks());
    expect((await itemsKeyedBy(netuid)).length).toBeGreaterThan(40);
    const timelockedNetuids = async () =>
      ((await api.query.commitments.timelockedIndex()).toJSON() as [number, string][]).map(([n]) => n);
    expect(await timelockedNetuids()).toContain(netuid);

    const out = await ok(
      api,
      api.tx.sudo.sudo(api.tx.subtensorModule.dissolveNetwork(bob.address, netuid)),
      alice,
    );

    expect(out.events.find((e) => e.section === S && e.method === 'NetworkRemoved')?.data).toEqual([netuid]);
    const paid = await Promise.all(stakes.map(async (s, i) => (await free(s.cold)) - (before[i] ?? 0n)));
    expect(paid).toEqual(expected.slice(0, stakes.length));
    const credited = paid.reduce((a, b) => a + b, 0n);
    const recycled = expected.at(-1) as bigint;
    expect(credited + recycled).toBe(pot);
    expect(issuance - big(await q.totalIssuance())).toBe(recycled);
    const fee = out.events.find((e) => e.method === 'TransactionFeePaid')?.data[1];
    expect(big(await api.query.balances.totalIssuance()) - balances).toBe(credited - BigInt(fee as number));
    expect(staked - big(await q.totalStake())).toBe(pot);
    expect(num(await q.totalNetworks())).toBe(networks - 1);
    expect((await itemsKeyedBy(netuid)).filter((item) => !KEPT.has(item.slice(S.length + 1)))).toEqual([]);
    expect(await timelockedNetuids()).not.toContain(netuid);
  });

  it('behavior: a subnet registered afterwards reuses the netuid with fresh state; its identity goes with it; the last registration block stays', async () => {
    const q = api.query.subtensorModule;
    const identity = {
      subnet_name: 'gone',
      github_repo: '',
      subnet_contact: '',
      subnet_url: '',
      discord: '',
      description: '',
      logo_url: '',
      additional: '',
    };
    const out = await ok(
      api,
      api.tx.subtensorModule.registerNetworkWithIdentity(h1.address, identity),
      charlie,
    );
    expect(out.events.find((e) => e.method === 'NetworkAdded')?.data).toEqual([netuid, 1]);
    expect(num(await q.tempo(netuid))).toBe(360);
    expect(num(await q.subnetworkN(netuid))).toBe(1);
    expect((await q.subnetOwner(netuid)).toString()).toBe(charlie.address);
    expect((await q.subnetIdentitiesV3(netuid)).isEmpty).toBe(false);
    const registeredAt = await blockNumber(api);
    expect(big(await q.lastRateLimitedBlock('NetworkLastRegistered'))).toBe(BigInt(registeredAt));
    const dissolved = await sudo(api, api.tx.subtensorModule.rootDissolveNetwork(netuid));
    const order = dissolved.events.filter((e) => e.section === S).map((e) => e.method);
    expect(order.indexOf('SubnetIdentityRemoved')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('SubnetIdentityRemoved')).toBeLessThan(order.indexOf('NetworkRemoved'));
    expect((await q.subnetIdentitiesV3(netuid)).isEmpty).toBe(true);
    expect((await q.networksAdded(netuid)).toJSON()).toBe(false);
    // The last registration block (lock cost, rate limit) is not the dissolved subnet's to take along.
    expect(big(await q.lastRateLimitedBlock('NetworkLastRegistered'))).toBe(BigInt(registeredAt));
  });

  it("args: the call data is subtensor's (call 61 with the coldkey and netuid, call 120 with the netuid)", () => {
    const tx = api.tx.subtensorModule;
    expect(tx.dissolveNetwork(bob.address, 3).method.toHex()).toBe(
      `0x073d${u8aToHex(bob.publicKey).slice(2)}0300`,
    );
    expect(tx.rootDissolveNetwork(3).method.toHex()).toBe('0x07780300');
  });
});
