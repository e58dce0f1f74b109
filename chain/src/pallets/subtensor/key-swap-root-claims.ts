/**
 * Where a key swap meets root claims (`RootClaimable` / `RootClaimed`, subtensor `staking/claim_root.rs`). This
 * branch stores no root claims, so each step has nothing to move yet; the root-claim work (`root-claim.ts`) fills
 * these three in with subtensor's `transfer_root_claimable_for_new_hotkey` / `transfer_root_claimed_for_new_keys`
 * and the `RootClaimable` / `RootClaimed` emptiness check, and the swaps call them at subtensor's points.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';

/**
 * `NewHotKeyNotCleanForRootSwap`'s claim half: whether `hotkey` has no `RootClaimable` rates and no `RootClaimed`
 * entries on root (the stake half is checked by the caller).
 *
 * @example
 * ensure(rootClaimsEmpty(state, newHotkey) && rootStake === 0n, 'NewHotKeyNotCleanForRootSwap');
 */
export function rootClaimsEmpty(_state: StateReader, _hotkey: Uint8Array): boolean {
  return true;
}

/**
 * A hotkey swap on root (without `keep_stake`): moves the old hotkey's `RootClaimable` rates and its stakers'
 * `RootClaimed` entries to the new hotkey.
 *
 * @example
 * moveRootClaimsToHotkey(state, oldHotkey, newHotkey);
 */
export function moveRootClaimsToHotkey(
  _state: StateOverlay,
  _oldHotkey: Uint8Array,
  _newHotkey: Uint8Array,
): void {}

/**
 * A coldkey swap, per subnet and staking hotkey: `transfer_root_claimed_for_new_keys(netuid, hotkey, hotkey,
 * old_coldkey, new_coldkey)`, and on root the staking-coldkey index.
 *
 * @example
 * moveRootClaimedToColdkey(state, netuid, hotkey, oldColdkey, newColdkey);
 */
export function moveRootClaimedToColdkey(
  _state: StateOverlay,
  _netuid: number,
  _hotkey: Uint8Array,
  _oldColdkey: Uint8Array,
  _newColdkey: Uint8Array,
): void {}
