/**
 * `do_swap_coldkey` (subtensor `swap/swap_coldkey.rs`): everything a coldkey holds moves to a new coldkey — its
 * identity (unless the new one has one), subnet ownership, stake on every hotkey it stakes to, `StakingHotkeys`,
 * the hotkeys it owns and its whole free balance — then `ColdkeySwapped`. The callers (`swap_coldkey_announced`,
 * root's `swap_coldkey`) are in `coldkey-swap-announcement.ts`.
 *
 * HEAD items the devnet does not store, so nothing moves: `AutoStakeDestination(Coldkeys)`, stake locks and
 * `AccountFlags`, the root staking-coldkey index and `RootClaimed` (until root claims land:
 * `key-swap-root-claims.ts`).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import type { StateOverlay } from '../../frame/state.js';
import { freeBalance, transfer } from '../balances/currency.js';
import { TotalIssuance as BalancesIssuance } from '../balances/storage.js';
import { hotkeyExists } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { moveRootClaimedToColdkey, rootStakeLeftColdkey } from './key-swap-root-claims.js';
import { decreaseStake, increaseStake, stakeOf } from './pools.js';
import {
  IdentitiesV2,
  LastRateLimitedBlock,
  OwnedHotkeys,
  Owner,
  StakingHotkeys,
  SubnetOwner,
  TotalIssuance,
} from './storage.js';
import { allNetuids } from './subnets.js';
import { sameAccount } from './types.js';

/** The identity moves when the new coldkey has none (`IdentitiesV2`). */
function moveIdentity(state: StateOverlay, oldColdkey: Uint8Array, newColdkey: Uint8Array): void {
  const from = IdentitiesV2.key(oldColdkey);
  const raw = state.get(from);
  if (state.get(IdentitiesV2.key(newColdkey)) !== null || raw === null) return;
  state.set(from, null);
  state.set(IdentitiesV2.key(newColdkey), raw);
}

/** `transfer_coldkey_stake`: the old coldkey's stake on each of its staking hotkeys in `netuid`. */
function moveStake(
  state: StateOverlay,
  netuid: number,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
): void {
  for (const hotkey of StakingHotkeys.get(state, oldColdkey)) {
    const alpha = stakeOf(state, hotkey, oldColdkey, netuid);
    decreaseStake(state, hotkey, oldColdkey, netuid, alpha);
    increaseStake(state, hotkey, newColdkey, netuid, alpha);
    if (stakeOf(state, hotkey, newColdkey, netuid) !== 0n)
      moveRootClaimedToColdkey(state, netuid, hotkey, oldColdkey, newColdkey);
  }
  rootStakeLeftColdkey(state, netuid, oldColdkey);
}

/** Merges the old coldkey's list into the new one's (no duplicates) and removes the old one's. */
function mergeList(
  item: typeof StakingHotkeys,
  state: StateOverlay,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
) {
  const merged = [...item.get(state, newColdkey)];
  for (const hotkey of item.get(state, oldColdkey))
    if (!merged.some((h) => sameAccount(h, hotkey))) merged.push(hotkey);
  item.set(state, oldColdkey, undefined);
  item.set(state, newColdkey, merged);
}

/** `transfer_all_tao_and_kill`: the whole free balance, the old account reaped; dust leaves `TotalIssuance`. */
function moveBalance(ctx: DispatchContext, oldColdkey: Uint8Array, newColdkey: Uint8Array): void {
  const amount = freeBalance(ctx, oldColdkey);
  if (amount === 0n) return;
  const before = BalancesIssuance.get(ctx.state);
  transfer(ctx, oldColdkey, newColdkey, amount, false);
  const burned = before - BalancesIssuance.get(ctx.state);
  if (burned > 0n) TotalIssuance.set(ctx.state, TotalIssuance.get(ctx.state) - burned);
}

/**
 * `do_swap_coldkey(old, new)`: `ColdKeyAlreadyAssociated` when the new coldkey stakes, `NewColdKeyIsHotkey` when it
 * is a hotkey.
 *
 * @example
 * swapColdkey(ctx, oldColdkey, newColdkey);
 */
export function swapColdkey(ctx: DispatchContext, oldColdkey: Uint8Array, newColdkey: Uint8Array): void {
  const { state } = ctx;
  ensure(StakingHotkeys.get(state, newColdkey).length === 0, 'ColdKeyAlreadyAssociated');
  ensure(!hotkeyExists(ctx, newColdkey), 'NewColdKeyIsHotkey');
  moveIdentity(state, oldColdkey, newColdkey);
  for (const netuid of allNetuids(state)) {
    if (sameAccount(SubnetOwner.get(state, netuid), oldColdkey)) SubnetOwner.set(state, netuid, newColdkey);
    moveStake(state, netuid, oldColdkey, newColdkey);
  }
  mergeList(StakingHotkeys, state, oldColdkey, newColdkey);
  for (const hotkey of OwnedHotkeys.get(state, oldColdkey)) Owner.set(state, hotkey, newColdkey);
  mergeList(OwnedHotkeys, state, oldColdkey, newColdkey);
  moveBalance(ctx, oldColdkey, newColdkey);
  LastRateLimitedBlock.set(state, { type: 'LastTxBlock', value: newColdkey }, BigInt(ctx.blockNumber));
  deposit(ctx, 'ColdkeySwapped', { old_coldkey: oldColdkey, new_coldkey: newColdkey });
}
