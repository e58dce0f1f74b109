/**
 * add_stake and remove_stake checked call by call on an in-memory chain: every refusal by its error name next to
 * the accepted case at the same edge (the minimum stake, the whole balance, the whole stake).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { freeBalance } from '../balances/currency.js';
import { stakeOf } from './pools.js';
import { addStake, DEFAULT_MIN_STAKE, removeStake } from './staking.js';
import { Owner, StakingHotkeys, SubnetAlphaIn, SubnetTAO } from './storage.js';
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
/** A deep 1:1 pool, so selling `a` alpha pays ⌊a − a²/(10¹⁸ + a)⌋ (2,000,001 → 2,000,000; 2,000,000 → 1,999,999). */
const deepPool = () => {
  SubnetTAO.set(chain.state, NETUID, 10n ** 18n);
  SubnetAlphaIn.set(chain.state, NETUID, 10n ** 18n);
};

describe('addStake', () => {
  it('default: swaps TAO for alpha through the pool, credits it and emits StakeAdded', () => {
    const { error, alpha } = add(10n * TAO);
    expect(error).toBeUndefined();
    // constant product over the 1,000 TAO lock: 1000 · 10 / (1000 + 10) TAO
    expect(alpha).toBe((1_000n * TAO * 10n * TAO) / (1_010n * TAO));
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(alpha);
    expect(freeBalance(chain, COLD)).toBe(990n * TAO);
    expect(StakingHotkeys.get(chain.state, COLD)).toEqual([OWNER_HOT]);
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'StakeAdded',
      data: [COLD, OWNER_HOT, 10n * TAO, alpha, NETUID, 0n],
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

  it('args: DEFAULT_MIN_STAKE passes; one rao less is AmountTooLow', () => {
    expect(add(DEFAULT_MIN_STAKE - 1n).error).toBe('AmountTooLow');
    expect(add(DEFAULT_MIN_STAKE).error).toBeUndefined();
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
  it('default: swaps alpha back to TAO, pays it out and emits StakeRemoved', () => {
    const { alpha } = add(10n * TAO);
    const half = alpha! / 2n;
    const { error, tao } = remove(half);
    expect(error).toBeUndefined();
    expect(tao).toBeGreaterThan(0n);
    expect(stakeOf(chain.state, OWNER_HOT, COLD, NETUID)).toBe(alpha! - half);
    expect(freeBalance(chain, COLD)).toBe(990n * TAO + tao!);
    expect(chain.events.at(-1)).toEqual({
      pallet: 'SubtensorModule',
      event: 'StakeRemoved',
      data: [COLD, OWNER_HOT, tao, half, NETUID, 0n],
    });
  });

  it('error: SubnetNotExists; AmountTooLow for zero, with or without a stake', () => {
    expect(remove(0n).error).toBe('AmountTooLow');
    add(10n * TAO);
    expect(remove(TAO, { netuid: 2 }).error).toBe('SubnetNotExists');
    expect(remove(0n).error).toBe('AmountTooLow');
  });

  it('args: the whole stake can be removed; one rao more is NotEnoughStakeToWithdraw', () => {
    const { alpha } = add(10n * TAO);
    expect(remove(alpha! + 1n).error).toBe('NotEnoughStakeToWithdraw');
    expect(remove(alpha!).error).toBeUndefined();
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
    expect(remove(2_000_000n)).toEqual({ error: 'AmountTooLow', tao: undefined }); // pays 1,999,999
    expect(remove(2_000_001n)).toEqual({ error: undefined, tao: DEFAULT_MIN_STAKE });
  });

  it('behavior: removing the whole stake is allowed even when it pays less than DEFAULT_MIN_STAKE', () => {
    add(DEFAULT_MIN_STAKE);
    deepPool();
    const all = stakeOf(chain.state, OWNER_HOT, COLD, NETUID);
    const { error, tao } = remove(all);
    expect(error).toBeUndefined();
    expect(tao).toBeLessThan(DEFAULT_MIN_STAKE);
  });
});
