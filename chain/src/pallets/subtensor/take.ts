/**
 * `increase_take` / `decrease_take` (subtensor `staking/increase_take.rs`, `decrease_take.rs`): the
 * hotkey's owner moves its delegate take (`Delegates`) strictly up (at most `MaxDelegateTake`, once per
 * `TxDelegateTakeRateLimit` blocks) or strictly down (at least `MinDelegateTake`); both restart the rate limit.
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { coldkeyOwnsHotkey, hotkeyExists } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import {
  Delegates,
  LastRateLimitedBlock,
  MaxDelegateTake,
  MinDelegateTake,
  TxDelegateTakeRateLimit,
} from './storage.js';

const lastTakeKey = (hotkey: Uint8Array) => ({ type: 'LastTxBlockDelegateTake', value: hotkey });

function takeChecks(ctx: DispatchContext, coldkey: Uint8Array, hotkey: Uint8Array): number | undefined {
  ensure(hotkeyExists(ctx, hotkey), 'HotKeyAccountNotExists');
  ensure(coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  return ctx.state.get(Delegates.key(hotkey)) === null ? undefined : Delegates.get(ctx.state, hotkey);
}

/**
 * `do_increase_take(hotkey, take)`; emits `TakeIncreased(coldkey, hotkey, take)`.
 *
 * @example
 * increaseTake(ctx, coldkey, hotkey, 11_796);
 */
export function increaseTake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  take: number,
): void {
  const { state } = ctx;
  const current = takeChecks(ctx, coldkey, hotkey);
  if (current !== undefined) ensure(take > current, 'DelegateTakeTooLow');
  ensure(take <= MaxDelegateTake.get(state), 'DelegateTakeTooHigh');
  const block = BigInt(ctx.blockNumber);
  const last = LastRateLimitedBlock.get(state, lastTakeKey(hotkey));
  const limit = TxDelegateTakeRateLimit.get(state);
  ensure(limit === 0n || last === 0n || block - last > limit, 'DelegateTxRateLimitExceeded');
  LastRateLimitedBlock.set(state, lastTakeKey(hotkey), block);
  Delegates.set(state, hotkey, take);
  deposit(ctx, 'TakeIncreased', [coldkey, hotkey, take]);
}

/**
 * `do_decrease_take(hotkey, take)`; emits `TakeDecreased(coldkey, hotkey, take)`.
 *
 * @example
 * decreaseTake(ctx, coldkey, hotkey, 0);
 */
export function decreaseTake(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
  take: number,
): void {
  const { state } = ctx;
  const current = takeChecks(ctx, coldkey, hotkey);
  if (current !== undefined) ensure(take < current, 'DelegateTakeTooLow');
  ensure(take >= MinDelegateTake.get(state), 'DelegateTakeTooLow');
  Delegates.set(state, hotkey, take);
  LastRateLimitedBlock.set(state, lastTakeKey(hotkey), BigInt(ctx.blockNumber));
  deposit(ctx, 'TakeDecreased', [coldkey, hotkey, take]);
}
