/**
 * Child hotkeys and takes over unmodified @polkadot/api. A validator hotkey P (stake on root and on two
 * subnets, registered on neither) gives 60 % / 40 % of its stake to children C1 and C2 (other owners)
 * on both subnets: `set_children` is scheduled and applied after the cooldown at the next epoch, the
 * children validate with the inherited stake, and after an epoch with weights each child's dividends are
 * split between it and P with the childkey take, then each receiver's delegate take goes to its owner —
 * all equal to `payout-reference.ts`'s values from subtensor's formulas, to the rao. Refusals of
 * `set_children`, `set_childkey_take`, `increase_take`, `decrease_take` decode to subtensor's names.
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import type { Devnet } from '@subnetkit/chain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBlock } from './coinbase-reference.js';
import { readSnapshot } from './coinbase-snapshot.js';
import {
  advanceTo,
  alice,
  big,
  createSubnet,
  fund,
  keyring,
  num,
  ok,
  opt,
  send,
  startSubtensor,
  sudo,
  TAO,
} from './helpers.js';
import { delegateTakeSplit, dividendDistribution, parentChildSplit } from './payout-reference.js';

let devnet: Devnet;
let api: ApiPromise;
const TEMPO = 10;
const U64_MAX = (1n << 64n) - 1n;
const S = 'subtensorModule';
const bob = keyring.addFromUri('//Bob');
const charlie = keyring.addFromUri('//Charlie');
const dave = keyring.addFromUri('//Dave');
const parent = keyring.addFromUri('//Bob_parent');
const c1 = keyring.addFromUri('//Charlie_child');
const c2 = keyring.addFromUri('//Dave_child');
const miner = keyring.addFromUri('//Eve_miner');
const P1 = (U64_MAX * 6n) / 10n;
const P2 = (U64_MAX * 4n) / 10n;
const nets: number[] = [];
const tx = () => api.tx.subtensorModule;
const q = () => api.query.subtensorModule;
const error = async (call: Parameters<typeof send>[1], signer: Parameters<typeof send>[2]) =>
  (await send(api, call, signer)).error;

beforeAll(async () => {
  ({ devnet, api } = await startSubtensor());
  await sudo(api, tx().setPendingChildkeyCooldown(0));
  await ok(api, tx().rootRegister(parent.address), bob);
  await ok(api, tx().addStake(parent.address, 0, 50n * TAO), bob);
  for (const hk of ['//Alice_ckA', '//Alice_ckB']) {
    const netuid = await createSubnet(api, alice, keyring.addFromUri(hk), { tempo: TEMPO });
    nets.push(netuid);
    await ok(api, tx().burnedRegister(netuid, c1.address), charlie);
    await ok(api, tx().burnedRegister(netuid, c2.address), dave);
    await ok(api, tx().burnedRegister(netuid, miner.address), alice);
    await ok(api, tx().addStake(parent.address, netuid, 200n * TAO), bob);
  }
  await fund(api, c1, c2);
}, 180_000);
afterAll(async () => {
  await api?.disconnect();
  await devnet?.close();
});

describe('set_children, set_childkey_take, increase_take / decrease_take', () => {
  it('error: refusals decode to subtensor names', async () => {
    const [a] = nets;
    if (a === undefined) throw new Error('no subnet');
    expect(await error(tx().setChildren(parent.address, 0, [[P1, c1.address]]), bob)).toBe(
      `${S}.RegistrationNotPermittedOnRootSubnet`,
    );
    expect(await error(tx().setChildren(parent.address, a, [[P1, c1.address]]), charlie)).toBe(
      `${S}.NonAssociatedColdKey`,
    );
    expect(
      await error(
        tx().setChildren(parent.address, a, [
          [P1, c1.address],
          [P2, c1.address],
        ]),
        bob,
      ),
    ).toBe(`${S}.DuplicateChild`);
    expect(await error(tx().setChildren(parent.address, a, [[P1, parent.address]]), bob)).toBe(
      `${S}.InvalidChild`,
    );
    const six = [1, 2, 3, 4, 5, 6].map((i): [bigint, string] => [1n, keyring.addFromUri(`//K${i}`).address]);
    expect(await error(tx().setChildren(parent.address, a, six), bob)).toBe(`${S}.TooManyChildren`);
    expect(await error(tx().setChildkeyTake(c1.address, a, 11_797), charlie)).toBe(
      `${S}.InvalidChildkeyTake`,
    );
    expect(await error(tx().increaseTake(parent.address, 11_796), bob)).toBe(`${S}.DelegateTakeTooLow`);
    expect(await error(tx().increaseTake(parent.address, 11_797), bob)).toBe(`${S}.DelegateTakeTooHigh`);
    expect(await error(tx().decreaseTake(parent.address, 11_796), bob)).toBe(`${S}.DelegateTakeTooLow`);
    expect(await error(tx().decreaseTake(parent.address, 100), charlie)).toBe(`${S}.NonAssociatedColdKey`);
  });

  it('default: decrease_take lowers the delegate take, and a following increase waits for the rate limit', async () => {
    const out = await ok(api, tx().decreaseTake(parent.address, 5_000), bob);
    expect(out.events.some((e) => e.method === 'TakeDecreased')).toBe(true);
    expect(num(await q().delegates(parent.address))).toBe(5_000);
    expect(await error(tx().increaseTake(parent.address, 6_000), bob)).toBe(
      `${S}.DelegateTxRateLimitExceeded`,
    );
  });

  it('default: set_childkey_take sets the take; a second increase is rate limited', async () => {
    const [a, b] = nets;
    if (a === undefined || b === undefined) throw new Error('no subnets');
    await ok(api, tx().setChildkeyTake(c1.address, a, 3_000), charlie);
    await ok(api, tx().setChildkeyTake(c1.address, b, 1_500), charlie);
    expect(num(await q().childkeyTake(c1.address, a))).toBe(3_000);
    expect(await error(tx().setChildkeyTake(c1.address, a, 3_001), charlie)).toBe(
      `${S}.TxChildkeyTakeRateLimitExceeded`,
    );
  });

  it('default: set_children is scheduled, applied after the epoch, and rate limited', async () => {
    for (const netuid of nets) {
      const out = await ok(
        api,
        tx().setChildren(parent.address, netuid, [
          [P1, c1.address],
          [P2, c2.address],
        ]),
        bob,
      );
      expect(out.events.some((e) => e.method === 'SetChildrenScheduled')).toBe(true);
      expect((await q().childKeys(parent.address, netuid)).toJSON()).toEqual([]);
      expect(await error(tx().setChildren(parent.address, netuid, []), bob)).toBe(`${S}.TxRateLimitExceeded`);
    }
    for (const netuid of nets) {
      await advanceTo(devnet, api, num(await q().lastEpochBlock(netuid)) + TEMPO);
      // Stored in account order, as subtensor's BTreeMap leaves them.
      const children = (await q().childKeys(parent.address, netuid)).toJSON() as [number | string, string][];
      const expected: [bigint, string][] = [
        [P1, c1.address],
        [P2, c2.address],
      ];
      const key = (a: string) => u8aToHex(keyring.decodeAddress(a));
      expected.sort((x, y) => (key(x[1]) < key(y[1]) ? -1 : 1));
      expect(children.map(([p, c]) => [BigInt(p), c])).toEqual(expected);
      expect(((await q().parentKeys(c1.address, netuid)).toJSON() as [unknown, string][])[0]?.[1]).toBe(
        parent.address,
      );
    }
  });
});

describe('epoch through parents and children', () => {
  it('behavior: children validate with inherited stake; dividends, childkey take and delegate take equal the reference', async () => {
    // One epoch with the children in place hands out permits by inherited stake.
    for (const netuid of nets) await advanceTo(devnet, api, num(await q().lastEpochBlock(netuid)) + TEMPO);
    for (const netuid of nets) {
      const uid = async (a: string) => num(opt(await q().uids(netuid, a)).unwrap());
      const permits = (await q().validatorPermit(netuid)).toJSON() as boolean[];
      expect(permits[await uid(c1.address)]).toBe(true);
      expect(permits[await uid(c2.address)]).toBe(true);
      const sw = (await q().stakeWeight(netuid)).toJSON() as number[];
      expect(sw[await uid(c1.address)]).toBeGreaterThan(sw[await uid(c2.address)] ?? 0);
      const minerUid = await uid(miner.address);
      for (const [c] of [[c1], [c2]] as const)
        await ok(api, tx().setWeights(netuid, [minerUid], [65_535], 0), c);
    }

    for (const netuid of nets) {
      const uid = async (a: string) => num(opt(await q().uids(netuid, a)).unwrap());
      const epochBlock = num(await q().lastEpochBlock(netuid)) + TEMPO;
      await advanceTo(devnet, api, epochBlock - 1);
      const parentHash = (await api.rpc.chain.getBlockHash(epochBlock - 1)).toHex();
      const before = (await api.at(parentHash)).query.subtensorModule;
      // What the epoch drains: the pending emission at its parent plus the epoch block's own.
      const added = expectBlock(await readSnapshot(api, parentHash, nets)).subnets.get(netuid)!;
      const pendingValidator = big(await before.pendingValidatorEmission(netuid)) + added.validator;
      const pendingRoot = big(await before.pendingRootAlphaDivs(netuid)) + (added.rootSell ? added.root : 0n);
      const stakes = async (hk: string) => ({
        alpha: big(await before.totalHotkeyAlpha(hk, netuid)),
        root: big(await before.totalHotkeyAlpha(hk, 0)),
      });
      const [sp, s1, s2] = [await stakes(parent.address), await stakes(c1.address), await stakes(c2.address)];
      const taoWeight = big(await before.taoWeight());
      const takes = {
        parent: num(await before.delegates(parent.address)),
        c1: num(await before.delegates(c1.address)),
        c2: num(await before.delegates(c2.address)),
      };
      const ck1 = num(await before.childkeyTake(c1.address, netuid));
      const ck2 = num(await before.childkeyTake(c2.address, netuid));

      await advanceTo(devnet, api, epochBlock);
      const after = (await api.at((await api.rpc.chain.getBlockHash(epochBlock)).toHex())).query
        .subtensorModule;
      const emission = ((await after.emission(netuid)).toJSON() as (number | string)[]).map(BigInt);
      const incentive = (await after.incentive(netuid)).toJSON() as number[];
      const [u1, u2] = [await uid(c1.address), await uid(c2.address)];
      expect(incentive[u1]).toBe(0);
      expect(incentive[u2]).toBe(0);
      const [d1, d2] = [emission[u1] ?? 0n, emission[u2] ?? 0n];
      expect(d1).toBeGreaterThan(0n);
      // Only the two children validate.
      const dividends = (await after.dividends(netuid)).toJSON() as number[];
      expect(dividends.filter((d, u) => d > 0 && u !== u1 && u !== u2)).toEqual([]);

      const parentOf = { stakes: sp, sameOwner: false };
      const [toP1, toC1] = parentChildSplit(
        d1,
        { own: s1, childProportions: [], childkeyTake: ck1 },
        [{ ...parentOf, proportion: P1 }],
        taoWeight,
      );
      const [toP2, toC2] = parentChildSplit(
        d2,
        { own: s2, childProportions: [], childkeyTake: ck2 },
        [{ ...parentOf, proportion: P2 }],
        taoWeight,
      );
      // Each receiver's dividends take its alpha-stake share of the pending validator alpha and its root-stake
      // share of the pending root alpha; the delegate take of both is staked, the alpha rest added to the pool.
      const receivers = [
        { dividend: (toP1 ?? 0n) + (toP2 ?? 0n), stakes: sp, take: takes.parent },
        { dividend: toC1 ?? 0n, stakes: s1, take: takes.c1 },
        { dividend: toC2 ?? 0n, stakes: s2, take: takes.c2 },
      ];
      const split = dividendDistribution(receivers, pendingValidator, pendingRoot, taoWeight);
      const pay = receivers.map((r, i) => ({
        alpha: delegateTakeSplit(split.alpha[i]!, r.take),
        root: delegateTakeSplit(split.root[i]!, r.take),
      }));
      for (const [i, hk] of [parent.address, c1.address, c2.address].entries()) {
        const p = pay[i]!;
        expect(big(await after.alphaDividendsPerSubnet(netuid, hk))).toBe(p.alpha.rest);
        expect(big(await after.rootAlphaDividendsPerSubnet(netuid, hk))).toBe(p.root.rest);
        expect(big(await after.totalHotkeyAlpha(hk, netuid)) - receivers[i]!.stakes.alpha).toBe(
          p.alpha.take + p.alpha.rest + p.root.take,
        );
      }
      // The childkey take is what the children kept of the parent's share.
      expect(toC1).toBeGreaterThan(0n);
      expect((toP1 ?? 0n) + (toC1 ?? 0n)).toBeLessThanOrEqual(d1);
    }
  });
});
