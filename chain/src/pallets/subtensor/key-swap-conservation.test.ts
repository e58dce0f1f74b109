/**
 * Property tests of the key swaps run in-process on random stakes: a hotkey swap (every subnet or one, with or
 * without `keep_stake`) and a coldkey swap neither create nor destroy alpha — each subnet's stake on the old and new
 * keys together is unchanged, every coldkey's position moves whole (less the share pool's rounding, under one rao) —
 * and TAO leaves only as the recycled swap cost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DispatchContext } from '../../frame/define-pallet.js';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { freeBalance, setFree } from '../balances/currency.js';
import { TotalIssuance as BalancesIssuance } from '../balances/storage.js';
import { KEY_SWAP_COST, KEY_SWAP_ON_SUBNET_COST } from './key-swap-storage.js';
import { increaseStake, stakeOf } from './pools.js';
import {
  IsNetworkMember,
  NetworksAdded,
  OwnedHotkeys,
  Owner,
  SubnetMechanism,
  TotalHotkeyAlpha,
  TotalIssuance,
  TotalNetworks,
  Uids,
} from './storage.js';
import { swapColdkey } from './swap-coldkey.js';
import { swapHotkey } from './swap-hotkey.js';

const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };
const account = (n: number) => new Uint8Array(32).fill(n);
const COLD = [account(1), account(2), account(3)];
const [OLD, NEW] = [account(11), account(12)];
const NEW_COLD = account(21);
const NETS = [0, 1, 2];
const FREE = 10n ** 13n;

/** A chain at block 10,000 where COLD[0] owns OLD (a member of every subnet) and the coldkeys hold `stakes`. */
function chain(stakes: bigint[][]): DispatchContext {
  const state = new StorageLayer(EMPTY);
  const ctx: DispatchContext = {
    state,
    blockNumber: 10_000,
    deposit: () => undefined,
    dispatch: () => undefined,
  };
  TotalNetworks.set(state, NETS.length);
  for (const n of NETS) {
    NetworksAdded.set(state, n, true);
    SubnetMechanism.set(state, n, 1);
    IsNetworkMember.set(state, OLD, n, true);
    Uids.set(state, n, OLD, 0);
  }
  Owner.set(state, OLD, COLD[0]!);
  OwnedHotkeys.set(state, COLD[0]!, [OLD]);
  COLD.forEach((c, i) => {
    setFree(ctx, c, FREE);
    for (const [j, n] of NETS.entries()) increaseStake(state, OLD, c, n, stakes[i]?.[j] ?? 0n);
  });
  BalancesIssuance.set(state, FREE * BigInt(COLD.length));
  TotalIssuance.set(state, FREE * BigInt(COLD.length));
  return ctx;
}

const stakes = fc.array(fc.array(fc.bigInt(0n, 10n ** 15n), { minLength: 3, maxLength: 3 }), {
  minLength: 3,
  maxLength: 3,
});
const pool = (ctx: DispatchContext, hotkey: Uint8Array, n: number) =>
  TotalHotkeyAlpha.get(ctx.state, hotkey, n);

describe('key swaps conserve TAO and alpha', () => {
  it('behavior: swap_hotkey on every subnet or one, with or without keep_stake', () => {
    fc.assert(
      fc.property(stakes, fc.option(fc.constantFrom(...NETS)), fc.boolean(), (s, netuid, keepStake) => {
        const ctx = chain(s);
        const before = NETS.map((n) => COLD.map((c) => stakeOf(ctx.state, OLD, c, n)));
        const totals = NETS.map((n) => pool(ctx, OLD, n));
        swapHotkey(ctx, COLD[0]!, { oldHotkey: OLD, newHotkey: NEW, netuid: netuid ?? undefined, keepStake });
        const cost = netuid === null ? KEY_SWAP_COST : KEY_SWAP_ON_SUBNET_COST;
        expect(freeBalance(ctx, COLD[0]!)).toBe(FREE - cost);
        expect(TotalIssuance.get(ctx.state)).toBe(FREE * 3n - cost);
        expect(BalancesIssuance.get(ctx.state)).toBe(FREE * 3n - cost);
        NETS.forEach((n, j) => {
          expect(pool(ctx, OLD, n) + pool(ctx, NEW, n)).toBe(totals[j]);
          const moved = !keepStake && (netuid === null || netuid === n);
          COLD.forEach((c, i) => {
            const had = before[j]![i]!;
            const kept = stakeOf(ctx.state, OLD, c, n);
            const got = stakeOf(ctx.state, NEW, c, n);
            if (!moved) expect([kept, got]).toEqual([had, 0n]);
            else expect(had - got).toBeGreaterThanOrEqual(0n);
            if (moved) expect(had - got).toBeLessThanOrEqual(1n);
          });
        });
      }),
      { numRuns: 60 },
    );
  });

  it('behavior: swap_coldkey moves every position whole and the balance, minus nothing', () => {
    fc.assert(
      fc.property(stakes, fc.constantFrom(...COLD.keys()), (s, i) => {
        const ctx = chain(s);
        const from = COLD[i]!;
        const before = NETS.map((n) => stakeOf(ctx.state, OLD, from, n));
        const totals = NETS.map((n) => pool(ctx, OLD, n));
        swapColdkey(ctx, from, NEW_COLD);
        expect([freeBalance(ctx, from), freeBalance(ctx, NEW_COLD)]).toEqual([0n, FREE]);
        expect(TotalIssuance.get(ctx.state)).toBe(FREE * 3n);
        NETS.forEach((n, j) => {
          expect(pool(ctx, OLD, n)).toBe(totals[j]);
          const got = stakeOf(ctx.state, OLD, NEW_COLD, n);
          expect(before[j]! - got).toBeGreaterThanOrEqual(0n);
          expect(before[j]! - got).toBeLessThanOrEqual(1n);
        });
      }),
      { numRuns: 60 },
    );
  });
});
