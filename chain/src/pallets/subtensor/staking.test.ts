/**
 * add_stake and remove_stake checked call by call on an in-memory chain: every refusal by its error name next to
 * the accepted case at the same edge (the minimum stake, the whole balance, the whole stake). Amounts are compared
 * to subtensor's swap formulas written out in `pool-reference.ts` (balancer ½/½, fee 33/65535), to the rao.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { maxAmountAdd, maxAmountRemove, type Pool, swap } from '../../../test-support/pool-reference.js';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { freeBalance } from '../balances/currency.js';
import { increaseStake, stakeOf } from './pools.js';
import { RootClaimed, StakingColdkeys, setClaimableRates } from './root-claim-storage.js';
import {
  addStake,
  addStakeLimit,
  maxAmountAdd as chainMaxAmountAdd,
  DEFAULT_MIN_STAKE,
  removeStake,
  removeStakeFullLimit,
  removeStakeLimit,
} from './staking.js';
import {
  Owner,
  StakingHotkeys,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetTAO,
  SubnetTaoFlow,
  SubtokenEnabled,
  TotalHotkeyAlpha,
} from './storage.js';
import { registerNetwork, startCall } from './subnets.js';

const TAO = 1_000_000_000n;
const NETUID = 1;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const OWNER_HOT = key(0x10);
const COLD = key(0xc1);
const UNKNOWN_HOT = key(0x20);

let chain: TestChain;

/** Subnet 1 started by OWNER_COLD (its hotkey exists); COLD has 1,000 TAO. */
beforeEach(() => {
  chain = createTestChain([
    [OWNER_COLD, 10_000n * TAO],
    [COLD, 1_000n * TAO],
  ]);
  expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, OWNER_HOT))).toBeUndefined();
  expect(chain.dispatch(1, (ctx) => startCall(ctx, OWNER_COLD, NETUID))).toBeUndefined();
});

const add = (amount: bigint, options: { cold?: Uint8Array; hot?: Uint8Array; netuid?: number } = {}) => {
  let alpha: bigint | undefined;
  const error = chain.dispatch(2, (ctx) => {
    alpha = addStake(ctx, options.cold ?? COLD, options.hot ?? OWNER_HOT, options.netuid ?? NETUID, amount);
  });
  return { error, alpha };
};
const remove = (alpha: bigint, options: { hot?: Uint8Array; netuid?: number } = {}) => {
  let tao: bigint | undefined;
  const error = chain.dispatch(3, (ctx) => {
    tao = removeStake(ctx, COLD, options.hot ?? OWNER_HOT, options.netuid ?? NETUID, alpha);
  });
  return { error, tao };
};
const addLimit = (amount: bigint, limit: bigint, partial: boolean, netuid = NETUID) => {
  let alpha: bigint | undefined;
  const error = chain.dispatch(2, (ctx) => {
    alpha = addStakeLimit(ctx, COLD, OWNER_HOT, netuid, amount, limit, partial);
  });
  return { error, alpha };
};
const removeLimit = (alpha: bigint, limit: bigint | undefined, partial = false, netuid = NETUID) => {
  let tao: bigint | undefined;
  const error = chain.dispatch(3, (ctx) => {
    tao =
      limit === undefined
        ? removeStakeFullLimit(ctx, COLD, OWNER_HOT, netuid, undefined)
        : removeStakeLimit(ctx, COLD, OWNER_HOT, netuid, alpha, limit, partial);
  });
  return { error, tao };
};
const staked = () => stakeOf(chain.state, OWNER_HOT, COLD, NETUID);
/** The pool's price in rao per alpha, floored. */
const priceRao = () => (pool().tao * TAO) / pool().alpha;
/** Subnet 1's pool as the state holds it now. */
const pool = (): Pool => ({
  tao: SubnetTAO.get(chain.state, NETUID),
  alpha: SubnetAlphaIn.get(chain.state, NETUID),
});
/**
 * A deep 1:1 pool, where the swap itself costs (almost) nothing and only the fee ⌊a · 33/65535⌋ comes off:
 * selling 2,001,007 alpha pays 2,000,000 (fee 1,007), 2,001,006 pays 1,999,999.
 */
const deepPool = () => {
  SubnetTAO.set(chain.state, NETUID, 10n ** 18n);
  SubnetAlphaIn.set(chain.state, NETUID, 10n ** 18n);
};

describe('addStake', () => {
  it('default: swaps TAO for alpha through the pool, credits it and emits StakeAdded', () => {
    const before = pool();
    const s = swap(before, 'buy', 10n * TAO);
    const { error, alpha } = add(10n * TAO);
    expect(error).toBeUndefined();
    expect(alpha).toBe(s.paidOut);
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(s.paidOut);
    // the coldkey pays the swapped TAO and the fee (burned: the devnet has no block author)
    expect(s.paidIn + s.fee).toBe(10n * TAO);
    expect(freeBalance(chain, COLD)).toBe(990n * TAO);
    expect(pool()).toEqual({ tao: before.tao + s.paidIn, alpha: before.alpha - s.paidOut });
    expect(StakingHotkeys.get(chain.state, COLD)).toEqual([OWNER_HOT]);
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'StakeAdded',
      data: [COLD, OWNER_HOT, 10n * TAO, s.paidOut, NETUID, s.fee],
    });
  });

  it('error: SubnetNotExists', () => {
    expect(add(TAO, { netuid: 2 }).error).toBe('SubnetNotExists');
  });

  it('error: SubtokenDisabled before start_call; the root subnet needs none', () => {
    expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, key(0x11)))).toBeUndefined();
    expect(add(TAO, { netuid: 2, hot: key(0x11) }).error).toBe('SubtokenDisabled');
    expect(add(TAO, { netuid: 0 })).toEqual({ error: undefined, alpha: TAO }); // 1:1 on root
  });

  it('args: DEFAULT_MIN_STAKE plus the swap fee on it passes; one rao less is AmountTooLow', () => {
    const least = DEFAULT_MIN_STAKE + swap(pool(), 'buy', DEFAULT_MIN_STAKE).fee; // 2,000,000 + 1,007
    expect(least).toBe(2_001_007n);
    expect(add(least - 1n).error).toBe('AmountTooLow');
    expect(add(least).error).toBeUndefined();
  });

  it('args: the whole balance can be staked; one rao more is NotEnoughBalanceToStake', () => {
    expect(add(1_000n * TAO + 1n).error).toBe('NotEnoughBalanceToStake');
    expect(add(1_000n * TAO).error).toBeUndefined();
    expect(freeBalance(chain, COLD)).toBe(0n);
  });

  it('error: HotKeyAccountNotExists for a hotkey no coldkey owns', () => {
    expect(add(TAO, { hot: UNKNOWN_HOT }).error).toBe('HotKeyAccountNotExists');
  });

  it('error: the balance is checked before the hotkey: a poor coldkey is NotEnoughBalanceToStake', () => {
    expect(add(TAO, { cold: key(0xd0), hot: UNKNOWN_HOT }).error).toBe('NotEnoughBalanceToStake');
  });

  it('error: InsufficientLiquidity when the swap buys no alpha', () => {
    SubnetAlphaIn.set(chain.state, NETUID, 0n);
    expect(add(TAO).error).toBe('InsufficientLiquidity');
  });
});

describe('removeStake', () => {
  it('default: swaps alpha back to TAO, pays it out, burns the alpha fee and emits StakeRemoved', () => {
    const { alpha } = add(10n * TAO);
    const half = alpha! / 2n;
    const before = pool();
    const outstanding = SubnetAlphaOut.get(chain.state, NETUID);
    const s = swap(before, 'sell', half);
    const { error, tao } = remove(half);
    expect(error).toBeUndefined();
    expect(tao).toBe(s.paidOut);
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(alpha! - half);
    expect(freeBalance(chain, COLD)).toBe(990n * TAO + s.paidOut);
    expect(pool()).toEqual({ tao: before.tao - s.paidOut, alpha: before.alpha + s.paidIn });
    // the swapped alpha goes into the pool, the fee's alpha leaves circulation
    expect(SubnetAlphaOut.get(chain.state, NETUID)).toBe(outstanding - s.paidIn - s.fee);
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'StakeRemoved',
      data: [COLD, OWNER_HOT, s.paidOut, s.paidIn, NETUID, s.fee],
    });
  });

  it('error: SubtokenDisabled on a subnet that does not exist; AmountTooLow for zero, with or without a stake', () => {
    expect(remove(0n).error).toBe('AmountTooLow');
    add(10n * TAO);
    expect(remove(TAO, { netuid: 2 }).error).toBe('SubtokenDisabled');
    expect(remove(0n).error).toBe('AmountTooLow');
  });

  it('behavior: more than the stake is capped at the whole stake, which is removed', () => {
    const { alpha } = add(10n * TAO);
    const s = swap(pool(), 'sell', alpha!);
    expect(remove(alpha! + 1n)).toEqual({ error: undefined, tao: s.paidOut });
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(0n);
  });

  it('args: remove_stake_limit may take the whole stake; one rao more is NotEnoughStakeToWithdraw', () => {
    const { alpha } = add(10n * TAO);
    const limited = (amount: bigint) =>
      chain.dispatch(3, (ctx) => removeStakeLimit(ctx, COLD, OWNER_HOT, NETUID, amount, 1_000n, false));
    expect(limited(alpha! + 1n)).toBe('NotEnoughStakeToWithdraw');
    expect(limited(alpha!)).toBeUndefined();
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(0n);
  });

  it('error: HotKeyAccountNotExists once the hotkey has no owner', () => {
    add(10n * TAO);
    Owner.set(chain.state, OWNER_HOT, undefined);
    expect(remove(TAO).error).toBe('HotKeyAccountNotExists');
  });

  it('args: a partial removal paying exactly DEFAULT_MIN_STAKE passes; one rao of TAO less is AmountTooLow', () => {
    add(10n * TAO);
    deepPool();
    expect(swap(pool(), 'sell', 2_001_006n).paidOut).toBe(DEFAULT_MIN_STAKE - 1n);
    expect(swap(pool(), 'sell', 2_001_007n).paidOut).toBe(DEFAULT_MIN_STAKE);
    expect(remove(2_001_006n)).toEqual({ error: 'AmountTooLow', tao: undefined });
    expect(remove(2_001_007n)).toEqual({ error: undefined, tao: DEFAULT_MIN_STAKE });
  });

  it('behavior: removing the whole stake is allowed even when it pays less than DEFAULT_MIN_STAKE', () => {
    expect(add(2_001_007n).error).toBeUndefined(); // the least stake (see addStake's edge)
    deepPool();
    const all = stakeOf(chain.state, OWNER_HOT, COLD, NETUID);
    const { error, tao } = remove(all);
    expect(error).toBeUndefined();
    expect(tao).toBeLessThan(DEFAULT_MIN_STAKE);
  });
});

describe('addStake checks', () => {
  it('error: AmountTooLow comes before the balance and the hotkey checks, at the fee-inclusive minimum', () => {
    const poor = key(0xd0);
    expect(add(2_001_006n, { cold: poor, hot: UNKNOWN_HOT }).error).toBe('AmountTooLow');
    expect(add(DEFAULT_MIN_STAKE, { cold: poor, hot: UNKNOWN_HOT }).error).toBe('AmountTooLow');
    expect(add(2_001_007n, { cold: poor, hot: UNKNOWN_HOT }).error).toBe('NotEnoughBalanceToStake');
    expect(add(2_001_007n, { hot: UNKNOWN_HOT }).error).toBe('HotKeyAccountNotExists');
  });

  it('args: the fee of the minimum is a buy: a pool that cannot pay out TAO still charges it', () => {
    SubnetTAO.set(chain.state, NETUID, 999_999n); // a sale would be ReservesTooLow, a buy is fine
    expect(add(2_001_006n, { hot: UNKNOWN_HOT }).error).toBe('AmountTooLow');
    expect(add(2_001_007n).error).toBeUndefined();
  });

  it('args: an alpha reserve of SwapMinimumReserve buys; one rao less is InsufficientLiquidity', () => {
    SubnetTAO.set(chain.state, NETUID, TAO); // 1,000 TAO per alpha, under the highest price a buy allows
    SubnetAlphaIn.set(chain.state, NETUID, 999_999n);
    expect(add(TAO).error).toBe('InsufficientLiquidity');
    SubnetAlphaIn.set(chain.state, NETUID, 1_000_000n);
    expect(add(TAO).error).toBeUndefined();
  });

  it('error: InsufficientLiquidity when the hotkey has shares but no alpha to price them (no share would be minted)', () => {
    add(TAO);
    TotalHotkeyAlpha.set(chain.state, OWNER_HOT, NETUID, 0n);
    expect(add(TAO).error).toBe('InsufficientLiquidity');
  });

  it('args: an input of 1000 × SubnetTAO passes; one rao more is InsufficientLiquidity (root has no such limit)', () => {
    SubnetTAO.set(chain.state, NETUID, 100_000n);
    expect(add(100_000_001n).error).toBe('InsufficientLiquidity');
    expect(add(100_000_000n).error).toBeUndefined();
    expect(add(10n * TAO, { netuid: 0 })).toEqual({ error: undefined, alpha: 10n * TAO });
  });
});

describe('addStakeLimit', () => {
  it('args: the most the limit allows passes; one rao more is SlippageTooHigh', () => {
    const limit = 2n * priceRao();
    const max = maxAmountAdd(pool(), limit);
    expect(addLimit(max + 1n, limit, false).error).toBe('SlippageTooHigh');
    const s = swap(pool(), 'buy', max);
    expect(addLimit(max, limit, false)).toEqual({ error: undefined, alpha: s.paidOut });
    expect(freeBalance(chain, COLD)).toBe(1_000n * TAO - max);
    expect(priceRao()).toBeLessThanOrEqual(limit);
  });

  it('behavior: with allow_partial a larger order fills up to the limit', () => {
    const limit = 2n * priceRao();
    const max = maxAmountAdd(pool(), limit);
    const s = swap(pool(), 'buy', max);
    expect(addLimit(10n * max, limit, true)).toEqual({ error: undefined, alpha: s.paidOut });
    expect(freeBalance(chain, COLD)).toBe(1_000n * TAO - max);
    expect(chain.events.at(-1)?.data).toEqual([COLD, OWNER_HOT, max, s.paidOut, NETUID, s.fee]);
  });

  it('args: an order within the limit is not cut, nor checked against the limit (a balance under it suffices)', () => {
    add(998n * TAO);
    const limit = 2n * priceRao();
    expect(maxAmountAdd(pool(), limit)).toBeGreaterThan(2n * TAO);
    const s = swap(pool(), 'buy', TAO);
    expect(addLimit(TAO, limit, true)).toEqual({ error: undefined, alpha: s.paidOut });
    expect(freeBalance(chain, COLD)).toBe(TAO);
  });

  it('error: AmountTooLow when the partial fill up to the limit is under the minimum', () => {
    const limit = priceRao() + 1n;
    expect(maxAmountAdd(pool(), limit)).toBeLessThan(DEFAULT_MIN_STAKE);
    expect(addLimit(TAO, limit, true).error).toBe('AmountTooLow');
  });

  it('error: PriceLimitExceeded (Swap) when the price is already at the limit', () => {
    expect(addLimit(TAO, priceRao(), true).error).toBe('PriceLimitExceeded');
  });

  it('args: on root (1:1) a limit of 1 TAO per alpha is no limit; below it nothing can be bought', () => {
    expect(chainMaxAmountAdd(chain.state, 0, TAO)).toBe(2n ** 64n - 1n); // u64::MAX: no cap
    expect(addLimit(TAO, TAO, false, 0)).toEqual({ error: undefined, alpha: TAO });
    expect(addLimit(TAO, TAO - 1n, false, 0).error).toBe('SlippageTooHigh');
  });
});

describe('removeStakeLimit and removeStakeFullLimit', () => {
  let alpha: bigint;
  beforeEach(() => {
    alpha = add(100n * TAO).alpha!;
  });
  /** A limit 5 % under the price: about 2.6 % of the pool's alpha reaches it, a quarter of the stake. */
  const limitUnder = () => (priceRao() * 95n) / 100n;

  it('args: the most the limit allows passes; one rao more is SlippageTooHigh', () => {
    const limit = limitUnder();
    const max = maxAmountRemove(pool(), limit);
    expect(max).toBeLessThan(alpha);
    expect(removeLimit(max + 1n, limit).error).toBe('SlippageTooHigh');
    const s = swap(pool(), 'sell', max);
    expect(removeLimit(max, limit)).toEqual({ error: undefined, tao: s.paidOut });
    expect(staked()).toBe(alpha - max);
    expect(freeBalance(chain, COLD)).toBe(900n * TAO + s.paidOut);
  });

  it('behavior: with allow_partial a larger order fills down to the limit', () => {
    const limit = limitUnder();
    const max = maxAmountRemove(pool(), limit);
    const s = swap(pool(), 'sell', max);
    expect(removeLimit(alpha, limit, true)).toEqual({ error: undefined, tao: s.paidOut });
    expect(staked()).toBe(alpha - max);
  });

  it('error: SubnetNotExists, and InsufficientLiquidity when the pool cannot pay out TAO', () => {
    expect(removeLimit(TAO, 1_000n, false, 2).error).toBe('SubnetNotExists');
    SubnetTAO.set(chain.state, NETUID, 999_999n);
    expect(remove(alpha).error).toBe('InsufficientLiquidity');
    SubnetTAO.set(chain.state, NETUID, 1_000_000n);
    expect(remove(alpha).error).toBeUndefined();
  });

  it('args: an input of 1000 × SubnetAlphaIn passes; one rao more is InsufficientLiquidity', () => {
    SubnetAlphaIn.set(chain.state, NETUID, 10_000_000n);
    expect(remove(10_000_000_001n).error).toBe('InsufficientLiquidity');
    expect(removeLimit(10_000_000_001n, 1_000n).error).toBe('InsufficientLiquidity');
    expect(remove(10_000_000_000n).error).toBeUndefined();
  });

  it('args: on root (1:1) a limit of 1 TAO per alpha is no limit; above it nothing can be sold', () => {
    add(10n * TAO, { netuid: 0 });
    const root = (limit: bigint) =>
      chain.dispatch(3, (ctx) => removeStakeLimit(ctx, COLD, OWNER_HOT, 0, TAO, limit, false));
    expect(root(TAO + 1n)).toBe('SlippageTooHigh');
    expect(root(TAO)).toBeUndefined();
    expect(stakeOf(chain.state, OWNER_HOT, COLD, 0)).toBe(9n * TAO);
  });

  it('default: remove_stake_full_limit without a limit removes the whole stake', () => {
    const s = swap(pool(), 'sell', alpha);
    expect(removeLimit(0n, undefined)).toEqual({ error: undefined, tao: s.paidOut });
    expect(staked()).toBe(0n);
  });

  it('error: remove_stake_full_limit without a limit is remove_stake: SubtokenDisabled once the subtoken is off', () => {
    SubtokenEnabled.set(chain.state, NETUID, false);
    expect(removeLimit(0n, undefined).error).toBe('SubtokenDisabled');
  });

  it('error: remove_stake_full_limit with a limit the whole stake would pass is SlippageTooHigh (no partial fill)', () => {
    const full = (limit: bigint) =>
      chain.dispatch(3, (ctx) => removeStakeFullLimit(ctx, COLD, OWNER_HOT, NETUID, limit));
    expect(full(limitUnder())).toBe('SlippageTooHigh');
    expect(full(1_000n)).toBeUndefined();
    expect(staked()).toBe(0n);
  });

  it('behavior: the fee burn never takes SubnetAlphaOut below zero', () => {
    SubnetAlphaOut.set(chain.state, NETUID, 0n);
    expect(remove(TAO).error).toBeUndefined();
    expect(SubnetAlphaOut.get(chain.state, NETUID)).toBe(0n);
  });
});

describe('stake_into_subnet and unstake_from_subnet bookkeeping', () => {
  it('behavior: a sale that reaches min_price stops there; the alpha it did not sell stays staked', () => {
    // A pool at 10⁶ rao per alpha: selling 1000 × its alpha would take the price 10⁶-fold down, past MIN_PRICE (1000).
    SubnetTAO.set(chain.state, NETUID, 10n ** 12n);
    SubnetAlphaIn.set(chain.state, NETUID, 10n ** 15n);
    const amount = 10n ** 18n;
    chain.dispatch(2, ({ state }) => increaseStake(state, OWNER_HOT, COLD, NETUID, amount));
    expect(remove(amount).error).toBeUndefined();
    const [, , , sold, , fee] = chain.events.at(-1)!.data as bigint[];
    expect(sold + fee).toBeLessThan(amount);
    expect(staked()).toBe(amount - sold - fee);
  });

  it('behavior: TAO in and out of a subnet is recorded as its TAO flow (record_tao_inflow/outflow)', () => {
    const bought = swap(pool(), 'buy', 10n * TAO);
    const { alpha } = add(10n * TAO);
    expect(SubnetTaoFlow.get(chain.state, NETUID)).toBe(bought.paidIn);
    const { tao } = remove(alpha!);
    expect(SubnetTaoFlow.get(chain.state, NETUID)).toBe(bought.paidIn - tao!);
  });
});

describe('root stake and root claims', () => {
  /** OWNER_HOT's root stakers have accrued 1.5 alpha of subnet 1 per rao of root stake (I96F32). */
  const RATE = 3n << 31n;
  beforeEach(() => {
    setClaimableRates(chain.state, OWNER_HOT, new Map([[NETUID, RATE]]));
  });
  const claimed = () => RootClaimed.get(chain.state, NETUID, OWNER_HOT, COLD);

  it('behavior: stake on a subnet moves no RootClaimed watermark and joins no auto-claim index', () => {
    RootClaimed.set(chain.state, NETUID, OWNER_HOT, COLD, 7n * TAO);
    add(10n * TAO);
    expect(claimed()).toBe(7n * TAO);
    expect(StakingColdkeys.get(chain.state, COLD)).toBeUndefined();
    remove(staked());
    expect(claimed()).toBe(7n * TAO);
  });

  it('behavior: new root stake owes nothing already accrued (RootClaimed += rate × stake) and joins the index', () => {
    expect(add(10n * TAO, { netuid: 0 }).alpha).toBe(10n * TAO);
    expect(claimed()).toBe(15n * TAO);
    expect(StakingColdkeys.get(chain.state, COLD)).toBe(0n);
  });

  it('behavior: root stake that leaves takes its share of the watermark, and the last of it leaves the index', () => {
    add(10n * TAO, { netuid: 0 });
    expect(remove(4n * TAO, { netuid: 0 }).error).toBeUndefined();
    expect(claimed()).toBe(9n * TAO);
    expect(StakingColdkeys.get(chain.state, COLD)).toBe(0n);
    expect(remove(6n * TAO, { netuid: 0 }).error).toBeUndefined();
    expect(claimed()).toBe(0n);
    expect(StakingColdkeys.get(chain.state, COLD)).toBeUndefined();
  });
});
