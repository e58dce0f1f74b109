/**
 * Where a key swap meets root claims (`RootClaimable` / `RootClaimed`, subtensor `swap_hotkey.rs` and
 * `swap_coldkey.rs` over `claim_root.rs`): the root-swap cleanliness check, and moving rates, watermarks and the
 * auto-claim index to the new key.
 */
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { accountAt, mapKeySuffixes } from './map-keys.js';
import { transferRootClaimableForNewHotkey, transferRootClaimedForNewKeys } from './root-claim-keys.js';
import { claimableRates, RootClaimed } from './root-claim-storage.js';
import { maybeAddColdkeyIndex, maybeRemoveColdkeyIndex } from './staking-coldkeys.js';

/** The coldkeys holding a `RootClaimed` watermark on `(netuid, hotkey)`. */
function claimedColdkeys(state: StateReader, netuid: number, hotkey: Uint8Array): Uint8Array[] {
  return mapKeySuffixes(state, RootClaimed, netuid, hotkey).map((suffix) => accountAt(suffix, 16));
}

/**
 * `NewHotKeyNotCleanForRootSwap`'s claim half: whether `hotkey` has no `RootClaimable` rates and no `RootClaimed`
 * entries on root (the stake half is checked by the caller).
 *
 * @example
 * ensure(rootClaimsEmpty(state, newHotkey) && rootStake === 0n, 'NewHotKeyNotCleanForRootSwap');
 */
export function rootClaimsEmpty(state: StateReader, hotkey: Uint8Array): boolean {
  return claimableRates(state, hotkey).size === 0 && claimedColdkeys(state, 0, hotkey).length === 0;
}

/**
 * A hotkey swap on root (without `keep_stake`): the old hotkey's `RootClaimable` rates merge into the new hotkey's,
 * then, on every subnet the new hotkey now has rates for, each staker's `RootClaimed` watermark follows.
 *
 * @example
 * moveRootClaimsToHotkey(state, oldHotkey, newHotkey);
 */
export function moveRootClaimsToHotkey(
  state: StateOverlay,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
): void {
  transferRootClaimableForNewHotkey(state, oldHotkey, newHotkey);
  for (const netuid of claimableRates(state, newHotkey).keys()) {
    for (const coldkey of claimedColdkeys(state, netuid, oldHotkey)) {
      transferRootClaimedForNewKeys(state, netuid, oldHotkey, newHotkey, coldkey, coldkey);
    }
  }
}

/**
 * A coldkey swap, per subnet and staking hotkey whose stake moved: the watermark follows the stake
 * (`transfer_root_claimed_for_new_keys`), and on root the new coldkey joins the auto-claim index.
 *
 * @example
 * moveRootClaimedToColdkey(state, netuid, hotkey, oldColdkey, newColdkey);
 */
export function moveRootClaimedToColdkey(
  state: StateOverlay,
  netuid: number,
  hotkey: Uint8Array,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
): void {
  transferRootClaimedForNewKeys(state, netuid, hotkey, hotkey, oldColdkey, newColdkey);
  if (netuid === 0) maybeAddColdkeyIndex(state, newColdkey);
}

/**
 * After a coldkey swap moved all of a subnet's stake: on root the old coldkey holds none any more, so it leaves the
 * auto-claim index (as subtensor, so swaps leave no dead entries).
 *
 * @example
 * rootStakeLeftColdkey(state, 0, oldColdkey);
 */
export function rootStakeLeftColdkey(state: StateOverlay, netuid: number, oldColdkey: Uint8Array): void {
  if (netuid === 0) maybeRemoveColdkeyIndex(state, oldColdkey);
}
