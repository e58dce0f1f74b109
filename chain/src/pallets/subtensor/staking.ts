/**
 * `add_stake` / `remove_stake` (dynamic TAO): TAO is swapped through the subnet pool and the alpha is
 * credited to the `(hotkey, coldkey, netuid)` share pool (subtensor `staking/add_stake.rs`, `remove_stake.rs`,
 * `validate_add_stake` / `validate_remove_stake` order). No swap fee; no limit-price variants.
 */

import type { DispatchContext } from '../../frame/define-pallet.js';
import { freeBalance } from '../balances/currency.js';
import { depositTao, hotkeyExists, withdrawTao } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import {
  decreaseStake,
  increaseStake,
  noteStakingHotkey,
  stakeOf,
  swapAlphaForTao,
  swapTaoForAlpha,
} from './pools.js';
import { SubtokenEnabled } from './storage.js';
import { subnetExists } from './subnets.js';

/** `DefaultMinStake`: the smallest stake operation, in rao. */
export const DEFAULT_MIN_STAKE = 2_000_000n;

/**
 * `add_stake(hotkey, netuid, amount_staked)`: returns the alpha credited; emits `StakeAdded`.
 *
 * @example
 * addStake(ctx, coldkey, hotkey, 1, 10n ** 9n);
 */
export function addStake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): bigint {
  const { state } = ctx;
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(netuid === 0 || SubtokenEnabled.get(state, netuid), 'SubtokenDisabled');
  ensure(amount >= DEFAULT_MIN_STAKE, 'AmountTooLow');
  ensure(freeBalance(ctx, coldkey) >= amount, 'NotEnoughBalanceToStake');
  ensure(hotkeyExists(ctx, hotkey), 'HotKeyAccountNotExists');
  // The balance was checked above: this cannot fail.
  // Stryker disable next-line StringLiteral: unreachable, see above
  ensure(withdrawTao(ctx, coldkey, amount), 'NotEnoughBalanceToStake');
  const alpha = swapTaoForAlpha(state, netuid, amount);
  ensure(alpha > 0n, 'InsufficientLiquidity');
  increaseStake(state, hotkey, coldkey, netuid, alpha);
  noteStakingHotkey(state, coldkey, hotkey);
  deposit(ctx, 'StakeAdded', [coldkey, hotkey, amount, alpha, netuid, 0n]);
  return alpha;
}

/**
 * `remove_stake(hotkey, netuid, amount_unstaked)`: returns the TAO paid out; emits `StakeRemoved`.
 *
 * @example
 * removeStake(ctx, coldkey, hotkey, 1, 10n ** 9n);
 */
export function removeStake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  netuid: number,
  alpha: bigint,
): bigint {
  const { state } = ctx;
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(alpha !== 0n, 'AmountTooLow');
  const have = stakeOf(state, hotkey, coldkey, netuid);
  ensure(alpha <= have, 'NotEnoughStakeToWithdraw');
  ensure(hotkeyExists(ctx, hotkey), 'HotKeyAccountNotExists');
  const taken = decreaseStake(state, hotkey, coldkey, netuid, alpha);
  const tao = swapAlphaForTao(state, netuid, taken);
  ensure(taken === have || tao >= DEFAULT_MIN_STAKE, 'AmountTooLow');
  depositTao(ctx, coldkey, tao);
  deposit(ctx, 'StakeRemoved', [coldkey, hotkey, tao, taken, netuid, 0n]);
  return tao;
}
