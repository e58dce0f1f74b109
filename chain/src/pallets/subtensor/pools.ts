/**
 * Stake share pools and the subnet TAO/alpha pool (simplified dTAO economics, documented in docs/chain.md).
 *
 * Each (hotkey, netuid) has a share pool: `TotalHotkeyAlpha` is the alpha it holds, `TotalHotkeyShares`
 * its shares and `Alpha[(hotkey, coldkey, netuid)]` each coldkey's shares, all as in subtensor. Alpha added
 * to the pool without shares (validator dividends) is spread pro rata over the nominators.
 *
 * The subnet pool is constant product `SubnetTAO · SubnetAlphaIn = k` without fees; netuid 0 is 1:1.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import {
  Alpha,
  StakingHotkeys,
  SubnetAlphaIn,
  SubnetAlphaOut,
  SubnetTAO,
  TotalHotkeyAlpha,
  TotalHotkeyShares,
  TotalStake,
} from './storage.js';
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

/**
 * The alpha `tao` buys from the pool now (constant product, no fee; netuid 0 is 1:1), without swapping.
 *
 * @example
 * quoteTaoForAlpha(state, 1, 10n ** 9n) // what swapTaoForAlpha would return
 */
export function quoteTaoForAlpha(state: StateReader, netuid: number, tao: bigint): bigint {
  if (netuid === 0) return tao;
  const taoIn = SubnetTAO.get(state, netuid);
  return taoIn + tao === 0n ? 0n : (SubnetAlphaIn.get(state, netuid) * tao) / (taoIn + tao);
}

/**
 * The TAO `alpha` sells for in the pool now (constant product, capped at the pool's TAO; netuid 0 is 1:1).
 *
 * @example
 * quoteAlphaForTao(state, 1, 10n ** 9n) // what swapAlphaForTao would return
 */
export function quoteAlphaForTao(state: StateReader, netuid: number, alpha: bigint): bigint {
  const taoIn = SubnetTAO.get(state, netuid);
  if (netuid === 0) return alpha > taoIn ? taoIn : alpha;
  const alphaIn = SubnetAlphaIn.get(state, netuid);
  const tao = alphaIn + alpha === 0n ? 0n : (taoIn * alpha) / (alphaIn + alpha);
  return tao > taoIn ? taoIn : tao;
}

/**
 * Swaps TAO into a subnet pool and returns the alpha bought (constant product; netuid 0 is 1:1).
 * Moves the reserves and counts the alpha as outstanding.
 *
 * @example
 * const alpha = swapTaoForAlpha(state, 1, 10n ** 9n);
 */
export function swapTaoForAlpha(state: StateOverlay, netuid: number, tao: bigint): bigint {
  const taoIn = SubnetTAO.get(state, netuid);
  const alpha = quoteTaoForAlpha(state, netuid, tao);
  if (netuid !== 0) SubnetAlphaIn.set(state, netuid, SubnetAlphaIn.get(state, netuid) - alpha);
  SubnetTAO.set(state, netuid, taoIn + tao);
  SubnetAlphaOut.set(state, netuid, SubnetAlphaOut.get(state, netuid) + alpha);
  TotalStake.set(state, TotalStake.get(state) + tao);
  return alpha;
}

/**
 * Swaps alpha back into TAO (constant product; netuid 0 is 1:1) and returns the TAO paid out.
 *
 * @example
 * const tao = swapAlphaForTao(state, 1, 10n ** 9n);
 */
export function swapAlphaForTao(state: StateOverlay, netuid: number, alpha: bigint): bigint {
  const taoIn = SubnetTAO.get(state, netuid);
  const tao = quoteAlphaForTao(state, netuid, alpha);
  if (netuid !== 0) SubnetAlphaIn.set(state, netuid, SubnetAlphaIn.get(state, netuid) + alpha);
  SubnetTAO.set(state, netuid, taoIn - tao);
  const out = SubnetAlphaOut.get(state, netuid);
  SubnetAlphaOut.set(state, netuid, out > alpha ? out - alpha : 0n);
  const total = TotalStake.get(state);
  TotalStake.set(state, total > tao ? total - tao : 0n);
  return tao;
}

/**
 * The alpha price in TAO as a float (1 for netuid 0): `SubnetTAO / SubnetAlphaIn`.
 *
 * @example
 * alphaPrice(state, 1) // 1
 */
export function alphaPrice(state: StateReader, netuid: number): number {
  if (netuid === 0) return 1;
  const alphaIn = SubnetAlphaIn.get(state, netuid);
  return alphaIn === 0n ? 0 : Number(SubnetTAO.get(state, netuid)) / Number(alphaIn);
}
