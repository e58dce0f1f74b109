/**
 * Stake share pools (the subnet TAO/alpha pool is `subnet-swap.ts`).
 *
 * Each (hotkey, netuid) has a share pool: `TotalHotkeyAlpha` is the alpha it holds, `TotalHotkeyShares`
 * its shares and `Alpha[(hotkey, coldkey, netuid)]` each coldkey's shares, all as in subtensor. Alpha added
 * to the pool without shares (validator dividends) is spread pro rata over the nominators.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { Alpha, StakingHotkeys, TotalHotkeyAlpha, TotalHotkeyShares } from './storage.js';
import { sameAccount } from './types.js';

const ONE = 1n << 64n;

/**
 * A coldkey's alpha on a hotkey in a subnet (its shares' worth of the hotkey pool, floored).
 *
 * @example
 * stakeOf(state, hotkey, coldkey, 1) // 1_000_000_000n
 */
export function stakeOf(state: StateReader, hotkey: Uint8Array, coldkey: Uint8Array, netuid: number): bigint {
  const shares = Alpha.get(state, hotkey, coldkey, netuid).bits;
  if (shares === 0n) return 0n;
  const total = TotalHotkeyShares.get(state, hotkey, netuid).bits;
  const alpha = TotalHotkeyAlpha.get(state, hotkey, netuid);
  return total === 0n ? 0n : (shares * alpha) / total;
}

/**
 * Credits `amount` alpha to `(hotkey, coldkey, netuid)`, minting shares at the pool's current rate.
 *
 * @example
 * increaseStake(state, hotkey, coldkey, 1, 10n ** 9n);
 */
export function increaseStake(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  amount: bigint,
): void {
  if (amount <= 0n) return;
  const totalAlpha = TotalHotkeyAlpha.get(state, hotkey, netuid);
  const totalShares = TotalHotkeyShares.get(state, hotkey, netuid).bits;
  let minted: bigint;
  if (totalShares === 0n || totalAlpha === 0n) {
    // An empty (or emptied) pool restarts at one share per alpha; stale shares are dropped.
    if (totalShares !== 0n) TotalHotkeyShares.set(state, hotkey, netuid, { bits: 0n });
    minted = amount * ONE;
    TotalHotkeyShares.set(state, hotkey, netuid, { bits: minted });
  } else {
    minted = (amount * totalShares) / totalAlpha;
    TotalHotkeyShares.set(state, hotkey, netuid, { bits: totalShares + minted });
  }
  const own = totalShares === 0n || totalAlpha === 0n ? 0n : Alpha.get(state, hotkey, coldkey, netuid).bits;
  Alpha.set(state, hotkey, coldkey, netuid, { bits: own + minted });
  TotalHotkeyAlpha.set(state, hotkey, netuid, totalAlpha + amount);
}

/**
 * Records that `coldkey` stakes to `hotkey` (`StakingHotkeys`), as the staking calls do.
 *
 * @example
 * noteStakingHotkey(state, coldkey, hotkey);
 */
export function noteStakingHotkey(state: StateOverlay, coldkey: Uint8Array, hotkey: Uint8Array): void {
  const staking = StakingHotkeys.get(state, coldkey);
  if (!staking.some((h) => sameAccount(h, hotkey))) StakingHotkeys.set(state, coldkey, [...staking, hotkey]);
}

/**
 * Debits `amount` alpha (at most the coldkey's stake) from `(hotkey, coldkey, netuid)`; returns the amount taken.
 *
 * @example
 * decreaseStake(state, hotkey, coldkey, 1, 10n ** 9n);
 */
export function decreaseStake(
  state: StateOverlay,
  hotkey: Uint8Array,
  coldkey: Uint8Array,
  netuid: number,
  amount: bigint,
): bigint {
  const have = stakeOf(state, hotkey, coldkey, netuid);
  const take = amount > have ? have : amount;
  if (take <= 0n) return 0n;
  const totalAlpha = TotalHotkeyAlpha.get(state, hotkey, netuid);
  const totalShares = TotalHotkeyShares.get(state, hotkey, netuid).bits;
  const own = Alpha.get(state, hotkey, coldkey, netuid).bits;
  const burned = take === have ? own : (take * totalShares + totalAlpha - 1n) / totalAlpha;
  const left = own > burned ? own - burned : 0n;
  Alpha.set(state, hotkey, coldkey, netuid, left === 0n ? undefined : { bits: left });
  TotalHotkeyShares.set(state, hotkey, netuid, { bits: totalShares > burned ? totalShares - burned : 0n });
  TotalHotkeyAlpha.set(state, hotkey, netuid, totalAlpha - take);
  return take;
}

/**
 * Adds alpha to a hotkey's pool without minting shares (spread over its nominators pro rata).
 *
 * @example
 * increasePool(state, hotkey, 1, 500n);
 */
export function increasePool(state: StateOverlay, hotkey: Uint8Array, netuid: number, amount: bigint): void {
  if (amount <= 0n) return;
  TotalHotkeyAlpha.set(state, hotkey, netuid, TotalHotkeyAlpha.get(state, hotkey, netuid) + amount);
}
