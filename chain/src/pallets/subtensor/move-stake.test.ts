/**
 * move_stake, transfer_stake and swap_stake (`transitionStake`) checked on an in-memory chain: every refusal of
 * `validate_stake_transition` by its error name next to the accepted case, and the amounts of a move within a
 * subnet (shares at the current price), across subnets (a sale with the fee, then a fee-free buy) and with a
 * limit (`get_max_amount_move`), compared to subtensor's formulas in `pool-reference.ts`.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  fixedDiv,
  fixedMul,
  maxAmountAdd,
  maxAmountRemove,
  type Pool,
  priceBits,
  maxAmountMove as referenceMaxAmountMove,
  swap,
} from '../../../test-support/pool-reference.js';
import { createTestChain, type TestChain } from '../../../test-support/test-chain.js';
import { freeBalance } from '../balances/currency.js';
import { maxAmountMove, type StakeTransition, transitionRefusal, transitionStake } from './move-stake.js';
import { stakeOf } from './pools.js';
import { RootClaimed, setClaimableRates } from './root-claim-storage.js';
import { addStake, DEFAULT_MIN_STAKE, U64_MAX } from './staking.js';
import { SubnetAlphaIn, SubnetMechanism, SubnetTAO, TotalHotkeyAlpha, TransferToggle } from './storage.js';
import { registerNetwork, startCall } from './subnets.js';

const TAO = 1_000_000_000n;
const ONE = 1n << 64n;
const key = (byte: number) => new Uint8Array(32).fill(byte);
const OWNER_COLD = key(0xc0);
const H1 = key(0x10);
const H2 = key(0x11);
const H3 = key(0x12);
const COLD = key(0xc1);
const OTHER_COLD = key(0xc2);
const UNKNOWN_HOT = key(0x20);

let chain: TestChain;
/** COLD's alpha on (H1, subnet 1) after staking 100 TAO. */
let alpha: bigint;

/** Subnets 1 and 2 started (owner hotkeys H1, H2), subnet 3 registered but not started; COLD staked 100 TAO on H1 in subnet 1. */
beforeEach(() => {
  chain = createTestChain([
    [OWNER_COLD, 100_000n * TAO],
    [COLD, 1_000n * TAO],
  ]);
  for (const [netuid, hot] of [H1, H2, H3].entries()) {
    expect(chain.dispatch(1, (ctx) => registerNetwork(ctx, OWNER_COLD, hot))).toBeUndefined();
    if (netuid < 2)
      expect(chain.dispatch(1, (ctx) => startCall(ctx, OWNER_COLD, netuid + 1))).toBeUndefined();
  }
  let staked = 0n;
  expect(chain.dispatch(2, (ctx) => (staked = addStake(ctx, COLD, H1, 1, 100n * TAO)))).toBeUndefined();
  alpha = staked;
});

const pool = (netuid: number): Pool => ({
  tao: SubnetTAO.get(chain.state, netuid),
  alpha: SubnetAlphaIn.get(chain.state, netuid),
});
const priceRao = (netuid: number) => (pool(netuid).tao * TAO) / pool(netuid).alpha;
const transition = (overrides: Partial<StakeTransition> = {}): StakeTransition => ({
  originColdkey: COLD,
  destinationColdkey: COLD,
  originHotkey: H1,
  destinationHotkey: H1,
  originNetuid: 1,
  destinationNetuid: 2,
  checkTransferToggle: false,
  ...overrides,
});
const move = (amount: bigint, overrides: Partial<StakeTransition> = {}) => {
  let tao: bigint | undefined;
  const error = chain.dispatch(3, (ctx) => {
    tao = transitionStake(ctx, transition(overrides), amount);
  });
  return { error, tao };
};
const stake = (hot: Uint8Array, netuid: number, cold = COLD) => stakeOf(chain.state, hot, cold, netuid);

describe('within a subnet', () => {
  const within = { destinationHotkey: H2, destinationNetuid: 1 };

  it('default: the shares move to the other hotkey without a swap; the TAO is their worth at the current price', () => {
    const before = pool(1);
    const half = alpha / 2n;
    expect(move(half, within)).toEqual({ error: undefined, tao: fixedMul(priceBits(before), half) });
    expect(stake(H1, 1)).toBe(alpha - half);
    expect(stake(H2, 1)).toBe(half);
    expect(pool(1)).toEqual(before);
    const tao = fixedMul(priceBits(before), half);
    expect(chain.events.slice(-2).map((e) => [e.event, e.data])).toEqual([
      ['StakeRemoved', [COLD, H1, tao, half, 1, 0n]],
      ['StakeAdded', [COLD, H2, tao, half, 1, 0n]],
    ]);
  });

  it('args: alpha worth exactly DEFAULT_MIN_STAKE moves; one rao less is AmountTooLow', () => {
    const bits = priceBits(pool(1));
    const least = (DEFAULT_MIN_STAKE * ONE + bits - 1n) / bits;
    expect(fixedMul(bits, least)).toBe(DEFAULT_MIN_STAKE);
    expect(fixedMul(bits, least - 1n)).toBeLessThan(DEFAULT_MIN_STAKE);
    expect(move(least - 1n, within).error).toBe('AmountTooLow');
    expect(move(least, within)).toEqual({ error: undefined, tao: DEFAULT_MIN_STAKE });
  });

  it('error: SameNetuid for the same coldkey, hotkey and subnet; another coldkey (a transfer) passes', () => {
    expect(move(TAO, { destinationNetuid: 1 }).error).toBe('SameNetuid');
    expect(move(TAO, { destinationNetuid: 1, destinationColdkey: OTHER_COLD }).error).toBeUndefined();
    expect(stake(H1, 1, OTHER_COLD)).toBe(TAO);
  });

  it('behavior: more than the stake moves the whole stake', () => {
    expect(move(alpha + 1n, within).error).toBeUndefined();
    expect(stake(H1, 1)).toBe(0n);
    expect(stake(H2, 1)).toBe(alpha);
  });
});

describe('validate_stake_transition', () => {
  it('error: SubnetNotExists for either subnet', () => {
    expect(move(TAO, { originNetuid: 4 }).error).toBe('SubnetNotExists');
    expect(move(TAO, { destinationNetuid: 4 }).error).toBe('SubnetNotExists');
  });

  it('error: SubtokenDisabled when either subnet has not started', () => {
    expect(move(TAO, { destinationNetuid: 3 }).error).toBe('SubtokenDisabled');
    expect(move(TAO, { originNetuid: 3, destinationNetuid: 1 }).error).toBe('SubtokenDisabled');
  });

  it('error: HotKeyAccountNotExists for either hotkey', () => {
    expect(move(TAO, { originHotkey: UNKNOWN_HOT }).error).toBe('HotKeyAccountNotExists');
    expect(move(TAO, { destinationHotkey: UNKNOWN_HOT }).error).toBe('HotKeyAccountNotExists');
  });

  it('args: the whole stake passes; one rao more is NotEnoughStakeToWithdraw', () => {
    const refusal = (amount: bigint) => {
      let result: string | undefined;
      chain.dispatch(3, (ctx) => {
        result = transitionRefusal(ctx, transition(), amount, amount);
      });
      return result;
    };
    expect(refusal(alpha + 1n)).toBe('NotEnoughStakeToWithdraw');
    expect(refusal(alpha)).toBeUndefined();
  });

  it('error: TransferDisallowed when a transfer leaves or enters a subnet with TransferToggle off', () => {
    const transfer = { destinationColdkey: OTHER_COLD, checkTransferToggle: true };
    expect(move(TAO, transfer).error).toBeUndefined();
    TransferToggle.set(chain.state, 2, false);
    expect(move(TAO, transfer).error).toBe('TransferDisallowed');
    expect(move(TAO, { ...transfer, destinationNetuid: 1 }).error).toBeUndefined();
    TransferToggle.set(chain.state, 1, false);
    expect(move(TAO, { ...transfer, destinationNetuid: 1 }).error).toBe('TransferDisallowed');
    expect(move(TAO).error).toBeUndefined(); // a swap does not look at the toggle
  });

  it('error: InsufficientLiquidity when the destination hotkey has shares but no alpha (no share would be minted)', () => {
    expect(move(TAO).error).toBeUndefined();
    TotalHotkeyAlpha.set(chain.state, H1, 2, 0n);
    expect(move(TAO).error).toBe('InsufficientLiquidity');
  });

  it('error: InsufficientLiquidity when the origin pool cannot pay out TAO', () => {
    SubnetTAO.set(chain.state, 1, 999_999n);
    expect(move(TAO).error).toBe('InsufficientLiquidity');
  });
});

describe('across subnets', () => {
  it('default: sells on the origin with the fee and buys on the destination without one', () => {
    const [p1, p2] = [pool(1), pool(2)];
    const sale = swap(p1, 'sell', TAO);
    const buy = swap(p2, 'buy', sale.paidOut, false);
    expect(move(TAO)).toEqual({ error: undefined, tao: sale.paidOut });
    expect(stake(H1, 1)).toBe(alpha - TAO);
    expect(stake(H1, 2)).toBe(buy.paidOut);
    expect(pool(1)).toEqual({ tao: p1.tao - sale.paidOut, alpha: p1.alpha + sale.paidIn });
    expect(pool(2)).toEqual({ tao: p2.tao + buy.paidIn, alpha: p2.alpha - buy.paidOut });
    expect(freeBalance(chain, COLD)).toBe(900n * TAO);
  });

  it('default: leaving root sells 1:1 without a fee and pays the fee on the destination', () => {
    expect(chain.dispatch(2, (ctx) => addStake(ctx, COLD, H1, 0, 10n * TAO))).toBeUndefined();
    const buy = swap(pool(2), 'buy', TAO);
    expect(move(TAO, { originNetuid: 0 })).toEqual({ error: undefined, tao: TAO });
    expect(stake(H1, 0)).toBe(9n * TAO);
    expect(stake(H1, 2)).toBe(buy.paidOut);
  });

  it('behavior: a transfer to another coldkey hands the TAO over and stakes it for that coldkey', () => {
    const sale = swap(pool(1), 'sell', TAO);
    const buy = swap(pool(2), 'buy', sale.paidOut, false);
    expect(move(TAO, { destinationColdkey: OTHER_COLD }).error).toBeUndefined();
    expect(stake(H1, 2, OTHER_COLD)).toBe(buy.paidOut);
    expect(stake(H1, 2)).toBe(0n);
    expect([freeBalance(chain, COLD), freeBalance(chain, OTHER_COLD)]).toEqual([900n * TAO, 0n]);
  });

  it('args: a sale paying one rao more than DEFAULT_MIN_STAKE moves; paying exactly it is AmountTooLow', () => {
    SubnetTAO.set(chain.state, 1, 10n ** 18n);
    SubnetAlphaIn.set(chain.state, 1, 10n ** 18n);
    expect(swap(pool(1), 'sell', 2_001_007n).paidOut).toBe(DEFAULT_MIN_STAKE);
    expect(swap(pool(1), 'sell', 2_001_008n).paidOut).toBe(DEFAULT_MIN_STAKE + 1n);
    expect(move(2_001_007n).error).toBe('AmountTooLow');
    const buy = swap(pool(2), 'buy', DEFAULT_MIN_STAKE + 1n, false);
    expect(move(2_001_008n)).toEqual({ error: undefined, tao: DEFAULT_MIN_STAKE + 1n });
    expect(stake(H1, 2)).toBe(buy.paidOut);
  });
});

describe('swap_stake_limit', () => {
  /** A limit 5 % under the current origin/destination price ratio. */
  const limitUnder = () => {
    const ratio = (priceBits(pool(1)) * TAO) / priceBits(pool(2));
    return (ratio * 95n) / 100n;
  };

  it('args: the most the limit allows moves; one rao more is SlippageTooHigh', () => {
    const limit = limitUnder();
    const max = referenceMaxAmountMove(pool(1), pool(2), limit);
    expect(max).toBeGreaterThan(0n);
    expect(max).toBeLessThan(alpha);
    const withLimit = { limit: { price: limit, allowPartial: false } };
    expect(move(max + 1n, withLimit).error).toBe('SlippageTooHigh');
    expect(move(max, withLimit).error).toBeUndefined();
    expect(stake(H1, 1)).toBe(alpha - max);
  });

  it('behavior: with allow_partial a larger move fills up to the limit', () => {
    const limit = limitUnder();
    const max = referenceMaxAmountMove(pool(1), pool(2), limit);
    const sale = swap(pool(1), 'sell', max);
    expect(move(alpha, { limit: { price: limit, allowPartial: true } })).toEqual({
      error: undefined,
      tao: sale.paidOut,
    });
    expect(stake(H1, 1)).toBe(alpha - max);
  });

  it('args: a move under the limit is not cut', () => {
    const limit = limitUnder();
    expect(referenceMaxAmountMove(pool(1), pool(2), limit)).toBeGreaterThan(TAO);
    const sale = swap(pool(1), 'sell', TAO);
    expect(move(TAO, { limit: { price: limit, allowPartial: true } })).toEqual({
      error: undefined,
      tao: sale.paidOut,
    });
    expect(stake(H1, 1)).toBe(alpha - TAO);
  });

  it('behavior: a limit within a subnet is ignored', () => {
    const within = {
      destinationHotkey: H2,
      destinationNetuid: 1,
      limit: { price: U64_MAX, allowPartial: false },
    };
    expect(move(TAO, within).error).toBeUndefined();
    expect(stake(H2, 1)).toBe(TAO);
  });
});

describe('maxAmountMove', () => {
  const max = (origin: number, destination: number, limit: bigint) =>
    maxAmountMove(chain.state, origin, destination, limit);

  it('default: between dynamic subnets, α₂·(T₁/ΣT)/limit − α₁·(T₂/ΣT)', () => {
    const limit = (priceBits(pool(1)) * TAO) / priceBits(pool(2)) / 2n;
    expect(max(1, 2, limit)).toBe(referenceMaxAmountMove(pool(1), pool(2), limit));
    expect(max(1, 2, limit)).toBeGreaterThan(0n);
  });

  it('args: a limit above the current price ratio allows nothing; a zero limit allows everything', () => {
    const ratio = (priceBits(pool(1)) * TAO) / priceBits(pool(2));
    expect(max(1, 2, ratio + 1n)).toBe(0n);
    expect(max(1, 2, 0n)).toBe(U64_MAX);
  });

  it('args: an empty TAO or alpha reserve on either side allows nothing', () => {
    for (const [item, netuid] of [
      [SubnetTAO, 1],
      [SubnetTAO, 2],
      [SubnetAlphaIn, 1],
      [SubnetAlphaIn, 2],
    ] as const) {
      const saved = item.get(chain.state, netuid);
      item.set(chain.state, netuid, 0n);
      expect(max(1, 2, 0n)).toBe(0n);
      item.set(chain.state, netuid, saved);
    }
    expect(max(1, 2, 0n)).toBe(U64_MAX);
  });

  it('behavior: a quotient past U64F64 overflows to None, which safe_div makes 0', () => {
    SubnetAlphaIn.set(chain.state, 2, 10n ** 18n);
    SubnetTAO.set(chain.state, 2, 10n ** 18n);
    SubnetTAO.set(chain.state, 1, 10n ** 18n);
    SubnetAlphaIn.set(chain.state, 1, 10n ** 9n);
    // α₂ · (T₁/ΣT) / limit with a limit of 1 rao: 10¹⁸ · ½ · 10⁹ ≫ 2⁶⁴
    expect(max(1, 2, 1n)).toBe(0n);
    expect(max(1, 2, 10n ** 9n)).toBe(referenceMaxAmountMove(pool(1), pool(2), 10n ** 9n));
  });

  it('behavior: the limit is compared with the ratio of the prices as they round, before the formula', () => {
    // Prices of 17 and 18 bits (2⁶⁴ / 1.05·10¹⁸ and 2⁶⁴ / 10¹⁸, rounded down): a ratio of 0.944 as they round, 0.952
    // as the reserves have it. A limit of 0.95 is above the first, so nothing moves, though α₂·(T₁/ΣT)/limit −
    // α₁·(T₂/ΣT) would still be positive.
    SubnetTAO.set(chain.state, 1, 1n);
    SubnetAlphaIn.set(chain.state, 1, 1_050_000_000_000_000_000n);
    SubnetTAO.set(chain.state, 2, 1n);
    SubnetAlphaIn.set(chain.state, 2, 10n ** 18n);
    expect((priceBits(pool(1)) * TAO) / priceBits(pool(2))).toBe(944_444_444n);
    expect(max(1, 2, 950_000_000n)).toBe(0n);
    expect(max(1, 2, 944_444_444n)).toBeGreaterThan(0n);
  });

  it('args: a zero limit is no limit even where the price ratio rounds to 0', () => {
    SubnetTAO.set(chain.state, 1, 1n);
    SubnetAlphaIn.set(chain.state, 1, 10n ** 18n);
    SubnetTAO.set(chain.state, 2, 10n ** 18n);
    SubnetAlphaIn.set(chain.state, 2, 1n);
    expect((priceBits(pool(1)) * ONE) / priceBits(pool(2))).toBe(0n);
    expect(max(1, 2, 0n)).toBe(U64_MAX);
  });

  it('args: a quotient of exactly 2¹²⁸ bits (2⁶⁴, one past U64F64) already overflows to 0', () => {
    // Equal TAO (T₁/ΣT = ½) and α₂ = 2⁵⁶ with a limit of 1,953,125 rao (2⁵⁵ bits exactly): α₂ · ½ / limit = 2⁶⁴.
    for (const netuid of [1, 2]) {
      SubnetTAO.set(chain.state, netuid, TAO);
      SubnetAlphaIn.set(chain.state, netuid, 1n << 56n);
    }
    expect(max(1, 2, 1_953_125n)).toBe(0n);
    expect(max(1, 2, 1_953_126n)).toBe(referenceMaxAmountMove(pool(1), pool(2), 1_953_126n));
    expect(max(1, 2, 1_953_126n)).toBeGreaterThan(0n);
  });

  it('args: between stable subnets (root, or mechanism 0) a ratio of 1 is no limit; above it nothing moves', () => {
    SubnetMechanism.set(chain.state, 2, 0);
    expect(max(0, 2, TAO)).toBe(U64_MAX);
    expect(max(0, 2, TAO + 1n)).toBe(0n);
  });

  it('args: from a stable subnet the limit inverts into a buy limit on the destination (0 is no limit)', () => {
    const limit = TAO / 2n; // root/destination ≥ ½: the destination price may rise to 2 TAO
    expect(max(0, 2, limit)).toBe(maxAmountAdd(pool(2), fixedMul(fixedDiv(TAO, limit), TAO)));
    expect(max(0, 2, 0n)).toBe(U64_MAX);
  });

  it('args: to a stable subnet the limit is a sell limit on the origin', () => {
    const limit = priceRao(1) / 2n;
    expect(max(1, 0, limit)).toBe(maxAmountRemove(pool(1), limit));
  });
});

describe('root stake', () => {
  /** H1's and H2's root stakers have accrued 1.5 alpha of subnet 1 per rao of root stake (I96F32). */
  const RATE = 3n << 31n;
  beforeEach(() => {
    for (const hot of [H1, H2]) setClaimableRates(chain.state, hot, new Map([[1, RATE]]));
  });
  const claimed = (hot: Uint8Array) => RootClaimed.get(chain.state, 1, hot, COLD);

  it('behavior: a move within root carries its RootClaimed watermark from hotkey to hotkey', () => {
    expect(chain.dispatch(2, (ctx) => addStake(ctx, COLD, H1, 0, 10n * TAO))).toBeUndefined();
    expect(claimed(H1)).toBe(15n * TAO);
    expect(
      move(4n * TAO, { destinationHotkey: H2, originNetuid: 0, destinationNetuid: 0 }).error,
    ).toBeUndefined();
    expect(stake(H2, 0)).toBe(4n * TAO);
    expect(claimed(H1)).toBe(9n * TAO);
    expect(claimed(H2)).toBe(6n * TAO);
  });

  it('behavior: a move within another subnet moves no RootClaimed watermark', () => {
    for (const hot of [H1, H2]) RootClaimed.set(chain.state, 1, hot, COLD, 7n * TAO);
    expect(move(alpha / 2n, { destinationHotkey: H2, destinationNetuid: 1 }).error).toBeUndefined();
    expect(claimed(H1)).toBe(7n * TAO);
    expect(claimed(H2)).toBe(7n * TAO);
  });
});
