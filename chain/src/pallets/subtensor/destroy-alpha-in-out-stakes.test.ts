/**
 * The pool payout of a dissolved subnet: subtensor's largest-remainder cases (`tests/networks.rs`) and a property:
 * dissolving conserves TAO (free balances + pools + recycled stay constant, the recycled TAO leaves `TotalIssuance`,
 * each payout is its pro-rata share rounded down or up by one rao) and leaves the other subnet untouched; root's
 * weights toward the subnet are zeroed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DispatchContext, DispatchFailure } from '../../frame/define-pallet.js';
import { type StateView, StorageLayer } from '../../storage/index.js';
import { freeBalance, setFree } from '../balances/currency.js';
import { TotalIssuance as BalancesIssuance } from '../balances/storage.js';
import { destroyAlphaInOutStakes, largestRemainder, subnetStakes } from './destroy-alpha-in-out-stakes.js';
import { dissolveNetwork } from './dissolve-network.js';
import { addStake } from './staking.js';
import {
  AlphaV2,
  NetworkRegisteredAt,
  NetworksAdded,
  Owner,
  SubnetAlphaIn,
  SubnetMechanism,
  SubnetTAO,
  SubtokenEnabled,
  TotalHotkeyAlpha,
  TotalIssuance,
  TotalNetworks,
  TotalStake,
  Weights,
} from './storage.js';

describe('largestRemainder', () => {
  it('default: pro rata, rounded down (dissolve_two_stakers_pro_rata_distribution: 300 and 700 alpha, pot 10_000)', () => {
    expect(largestRemainder(10_000n, [300n, 700n])).toEqual([3_000n, 7_000n]);
  });

  it('behavior: the rao left by rounding goes to the largest remainder (dissolve_rounding_remainder_distribution)', () => {
    expect(largestRemainder(1n, [3n, 2n])).toEqual([1n, 0n]);
    expect(largestRemainder(2n, [1n, 1n, 1n])).toEqual([1n, 1n, 0n]);
  });

  it('behavior: the protocol alpha takes its share (dissolve_protocol_alpha_share_is_not_paid_to_users: 50 + 50, pot 200)', () => {
    expect(largestRemainder(200n, [50n, 50n])).toEqual([100n, 100n]);
  });

  it('args: an empty pot or no alpha pays nothing', () => {
    expect(largestRemainder(0n, [1n])).toEqual([0n]);
    expect(largestRemainder(5n, [0n, 0n])).toEqual([0n, 0n]);
  });
});

const EMPTY: StateView = { get: () => null, keys: () => [][Symbol.iterator](), getKeysPaged: () => [] };
const account = (n: number) => new Uint8Array(32).fill(n);
const COLD = [account(1), account(2), account(3)];
const HOT = [account(11), account(12)];
const FREE = 10n ** 13n;

function chain(pools: { tao: bigint; alpha: bigint }[]): { ctx: DispatchContext; state: StorageLayer } {
  const state = new StorageLayer(EMPTY);
  const ctx: DispatchContext = {
    state,
    blockNumber: 10,
    deposit: () => undefined,
    dispatch: () => undefined,
  };
  TotalNetworks.set(state, 3);
  pools.forEach((p, i) => {
    const n = i + 1;
    NetworksAdded.set(state, n, true);
    NetworkRegisteredAt.set(state, n, 2n);
    SubnetMechanism.set(state, n, 1);
    SubtokenEnabled.set(state, n, true);
    SubnetTAO.set(state, n, p.tao);
    SubnetAlphaIn.set(state, n, p.alpha);
  });
  for (const h of HOT) Owner.set(state, h, account(1));
  for (const cold of COLD) setFree(ctx, cold, FREE);
  TotalIssuance.set(state, BalancesIssuance.get(state) + pools.reduce((s, p) => s + p.tao, 0n));
  TotalStake.set(
    state,
    pools.reduce((s, p) => s + p.tao, 0n),
  );
  return { ctx, state };
}

const pool = fc.record({ tao: fc.bigInt(10n ** 9n, 10n ** 14n), alpha: fc.bigInt(10n ** 9n, 10n ** 14n) });
const stake = fc.tuple(fc.nat(2), fc.nat(1), fc.nat(1), fc.bigInt(10n ** 7n, 10n ** 12n));

describe('dissolving a subnet', () => {
  it('behavior: conserves TAO to the rao and pays each stake its share of the pool', () => {
    fc.assert(
      fc.property(fc.tuple(pool, pool), fc.array(stake, { maxLength: 8 }), (pools, stakes) => {
        const { ctx, state } = chain(pools);
        for (const [c, h, n, tao] of stakes)
          try {
            state.transaction(() => addStake(ctx, COLD[c] as Uint8Array, HOT[h] as Uint8Array, n + 1, tao));
          } catch (e) {
            if (!(e instanceof DispatchFailure)) throw e;
          }
        const free = () => COLD.reduce((s, k) => s + freeBalance(ctx, k), 0n);
        const [free0, issuance0, balances0, staked0] = [
          free(),
          TotalIssuance.get(state),
          BalancesIssuance.get(state),
          TotalStake.get(state),
        ];
        const other = [
          SubnetTAO.get(state, 2),
          SubnetAlphaIn.get(state, 2),
          TotalHotkeyAlpha.get(state, HOT[0]!, 2),
        ];
        const weights = [...subnetStakes(state, 1).map((s) => s.alpha), SubnetAlphaIn.get(state, 1)];
        const total = weights.reduce((a, b) => a + b, 0n);
        const pot = SubnetTAO.get(state, 1);

        const out = state.transaction(() => dissolveNetwork(ctx, 1));

        const credited = out.paid.reduce((s, p) => s + p.tao, 0n);
        expect(out.pot).toBe(pot);
        expect(credited + out.recycled).toBe(pot);
        expect(free() - free0).toBe(credited);
        expect(BalancesIssuance.get(state) - balances0).toBe(credited);
        expect(issuance0 - TotalIssuance.get(state)).toBe(out.recycled);
        expect(staked0 - TotalStake.get(state)).toBe(pot);
        out.paid.forEach((p, i) => {
          const exact = (pot * (weights[i] ?? 0n)) / total;
          expect(p.tao === exact || p.tao === exact + 1n).toBe(true);
        });
        expect(NetworksAdded.get(state, 1)).toBe(false);
        expect(SubnetTAO.get(state, 1)).toBe(0n);
        for (const h of HOT) for (const c of COLD) expect(AlphaV2.get(state, h, c, 1).mantissa).toBe(0n);
        expect([
          SubnetTAO.get(state, 2),
          SubnetAlphaIn.get(state, 2),
          TotalHotkeyAlpha.get(state, HOT[0]!, 2),
        ]).toEqual(other);
      }),
      { numRuns: 100 },
    );
  });

  it("behavior: root's weights toward the dissolved subnet become 0, the entries and other weights stay", () => {
    const { ctx, state } = chain([
      { tao: 1_000n, alpha: 1_000n },
      { tao: 1_000n, alpha: 1_000n },
    ]);
    Weights.set(state, 0, 3, [
      [1, 100],
      [2, 50],
    ]);
    dissolveNetwork(ctx, 1);
    expect(Weights.get(state, 0, 3)).toEqual([
      [1, 0],
      [2, 50],
    ]);
  });

  it('behavior: a share below the existential deposit for an empty account is recycled, not credited', () => {
    const { ctx, state } = chain([{ tao: 1_000n, alpha: 1_000n }]);
    const poor = account(9);
    AlphaV2.set(state, HOT[0]!, poor, 1, { mantissa: 100_000_000_000_000_000_000n, exponent: -18n }); // 100 alpha
    TotalHotkeyAlpha.set(state, HOT[0]!, 1, 100n);
    const out = destroyAlphaInOutStakes(ctx, 1);
    expect(out.paid).toEqual([{ coldkey: poor, tao: 0n }]);
    expect(out.recycled).toBe(1_000n);
    expect(freeBalance(ctx, poor)).toBe(0n);
  });
});
