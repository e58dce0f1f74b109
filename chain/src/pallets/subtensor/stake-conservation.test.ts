/**
 * Property tests of the staking calls run in-process on random pools and random sequences of add, remove,
 * limit orders, moves, swaps, transfers and unstake_all: no sequence creates TAO or alpha (free balances +
 * pools + burned fees and dust stay constant, a subnet's alpha in + alpha out + burned alpha fees stay
 * constant, outstanding alpha equals the hotkeys' stake), and an add followed by a full removal never
 * returns more TAO than went in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DispatchContext, DispatchFailure } from '../../frame/define-pallet.js';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { freeBalance, setFree } from '../balances/currency.js';
import { FeeRate } from '../swap/storage.js';
import { transitionStake } from './move-stake.js';
import { addStake, addStakeLimit, removeStake, removeStakeFullLimit, removeStakeLimit } from './staking.js';
import {
  NetworksAdded,
  Owner,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetMechanism,
  SubnetTAO,
  SubtokenEnabled,
  TotalHotkeyAlpha,
  TotalNetworks,
} from './storage.js';
import { unstakeAll } from './unstake-all.js';

const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };
const account = (n: number) => new Uint8Array(32).fill(n);
const COLD = [account(1), account(2), account(3)];
const HOT = [account(11), account(12)];
const NETS = [1, 2];
const FREE = 10n ** 13n;

interface Chain {
  state: StorageLayer;
  ctx: DispatchContext;
  burnedTao: bigint;
  burnedAlpha: Map<number, bigint>;
  /** Runs one call as a transaction; on success its events count (burned fees, dust), on failure nothing changes. */
  run(fn: () => void): void;
}

function chain(pools: { tao: bigint; alpha: bigint; fee: number }[]): Chain {
  const state = new StorageLayer(EMPTY);
  let pending: [string, string, unknown][] = [];
  const c: Chain = {
    state,
    run: (fn) => run(fn),
    burnedTao: 0n,
    burnedAlpha: new Map(NETS.map((n) => [n, 0n])),
    ctx: {
      state,
      blockNumber: 10,
      deposit: (pallet, event, data) => {
        pending.push([pallet, event, data]);
      },
      dispatch: () => undefined,
    },
  };
  TotalNetworks.set(state, 2);
  NETS.forEach((n, i) => {
    const p = pools[i] ?? { tao: 0n, alpha: 0n, fee: 0 };
    NetworksAdded.set(state, n, true);
    SubnetMechanism.set(state, n, 1);
    SubtokenEnabled.set(state, n, true);
    SubnetTAO.set(state, n, p.tao);
    SubnetAlphaIn.set(state, n, p.alpha);
    FeeRate.set(state, n, p.fee);
  });
  for (const h of HOT) Owner.set(state, h, COLD[0] ?? account(1));
  for (const cold of COLD) setFree(c.ctx, cold, FREE);
  function run(fn: () => void): void {
    pending = [];
    try {
      state.transaction(fn);
    } catch (e) {
      if (!(e instanceof DispatchFailure)) throw e;
      return;
    }
    for (const [pallet, event, data] of pending) {
      if (pallet === 'Balances' && event === 'DustLost') c.burnedTao += (data as { amount: bigint }).amount;
      if (pallet !== 'SubtensorModule' || !Array.isArray(data)) continue;
      const [, , , , netuid, fee] = data as [unknown, unknown, bigint, bigint, number, bigint];
      if (event === 'StakeAdded') c.burnedTao += fee;
      if (event === 'StakeRemoved') c.burnedAlpha.set(netuid, (c.burnedAlpha.get(netuid) ?? 0n) + fee);
    }
  }
  return c;
}

const pick = <T>(list: readonly T[], i: number): T => {
  const v = list[i % list.length];
  if (v === undefined) throw new Error('empty list');
  return v;
};

type Op = (c: Chain) => void;
const amount = fc.bigInt(1n, 10n ** 12n);
const idx = fc.nat(5);
const ops: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(idx, idx, idx, amount).map(
    ([c, h, n, a]): Op =>
      (x) => {
        addStake(x.ctx, pick(COLD, c), pick(HOT, h), pick(NETS, n), a);
      },
  ),
  fc.tuple(idx, idx, idx, amount).map(
    ([c, h, n, a]): Op =>
      (x) => {
        removeStake(x.ctx, pick(COLD, c), pick(HOT, h), pick(NETS, n), a);
      },
  ),
  fc.tuple(idx, idx, idx, amount, fc.bigInt(0n, 10n ** 10n), fc.boolean()).map(
    ([c, h, n, a, l, p]): Op =>
      (x) => {
        addStakeLimit(x.ctx, pick(COLD, c), pick(HOT, h), pick(NETS, n), a, l, p);
      },
  ),
  fc.tuple(idx, idx, idx, amount, fc.bigInt(0n, 10n ** 10n), fc.boolean()).map(
    ([c, h, n, a, l, p]): Op =>
      (x) => {
        removeStakeLimit(x.ctx, pick(COLD, c), pick(HOT, h), pick(NETS, n), a, l, p);
      },
  ),
  fc
    .tuple(idx, idx, idx, idx, idx, idx, amount, fc.option(fc.tuple(fc.bigInt(0n, 10n ** 10n), fc.boolean())))
    .map(
      ([c1, c2, h1, h2, n1, n2, a, limit]): Op =>
        (x) => {
          transitionStake(
            x.ctx,
            {
              originColdkey: pick(COLD, c1),
              destinationColdkey: pick(COLD, c2),
              originHotkey: pick(HOT, h1),
              destinationHotkey: pick(HOT, h2),
              originNetuid: pick(NETS, n1),
              destinationNetuid: pick(NETS, n2),
              checkTransferToggle: c1 !== c2,
              ...(limit === null ? {} : { limit: { price: limit[0], allowPartial: limit[1] } }),
            },
            a,
          );
        },
    ),
  fc.tuple(idx, idx).map(
    ([c, h]): Op =>
      (x) => {
        unstakeAll(x.ctx, pick(COLD, c), pick(HOT, h), { keepRoot: false });
      },
  ),
);

const pool = fc.record({
  tao: fc.bigInt(10n ** 10n, 10n ** 14n),
  alpha: fc.bigInt(10n ** 10n, 10n ** 14n),
  fee: fc.integer({ min: 0, max: 10_000 }),
});

function totals(c: Chain) {
  const { state } = c;
  const tao =
    COLD.reduce((s, k) => s + freeBalance(c.ctx, k), 0n) +
    NETS.reduce((s, n) => s + SubnetTAO.get(state, n), 0n) +
    c.burnedTao;
  const alpha = NETS.map(
    (n) => SubnetAlphaIn.get(state, n) + SubnetAlphaOut.get(state, n) + (c.burnedAlpha.get(n) ?? 0n),
  );
  const staked = NETS.map((n) => HOT.reduce((s, h) => s + TotalHotkeyAlpha.get(state, h, n), 0n));
  const out = NETS.map((n) => SubnetAlphaOut.get(state, n));
  return { tao, alpha, staked, out };
}

describe('staking conservation', () => {
  it('behavior: no sequence of stake operations creates TAO or alpha', () => {
    fc.assert(
      fc.property(fc.tuple(pool, pool), fc.array(ops, { minLength: 1, maxLength: 25 }), (pools, sequence) => {
        const c = chain(pools);
        const start = totals(c);
        // Every coldkey starts with stake on every hotkey and subnet, so removals and moves have something to take.
        for (const cold of COLD)
          for (const hot of HOT) for (const n of NETS) c.run(() => addStake(c.ctx, cold, hot, n, 10n ** 11n));
        for (const op of sequence) {
          c.run(() => op(c));
          const now = totals(c);
          expect(now.tao).toBe(start.tao);
          expect(now.alpha).toEqual(start.alpha);
          expect(now.out).toEqual(now.staked);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('behavior: add_stake then remove_stake_full_limit never returns more TAO than went in', () => {
    fc.assert(
      fc.property(pool, fc.bigInt(3_000_000n, 10n ** 12n), (p, tao) => {
        const c = chain([p, p]);
        const cold = pick(COLD, 1);
        const hot = pick(HOT, 0);
        const before = freeBalance(c.ctx, cold);
        try {
          c.state.transaction(() => {
            addStake(c.ctx, cold, hot, 1, tao);
            removeStakeFullLimit(c.ctx, cold, hot, 1, undefined);
          });
        } catch (e) {
          if (!(e instanceof DispatchFailure)) throw e;
        }
        expect(freeBalance(c.ctx, cold)).toBeLessThanOrEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});
