/**
 * What key swaps and subnet dissolution do to root claims (subtensor `claim_root.rs`): a swapped key's claimable
 * rates and claimed watermarks move to the new key, and a dissolved subnet's claims are dropped.
 */
import type { StateOverlay } from '../../frame/state.js';
import { i96f32Add } from '../../yuma/fixed/i64f64.js';
import { accountAt, mapKeySuffixes } from './map-keys.js';
import { claimableRates, RootClaimable, RootClaimed, setClaimableRates } from './root-claim-storage.js';

const U128_MAX = (1n << 128n) - 1n;

/**
 * `transfer_root_claimed_for_new_keys`: moves the `RootClaimed` watermark of `(netuid, oldHotkey, oldColdkey)` onto
 * `(netuid, newHotkey, newColdkey)`, summed with what is there (both positions' claims stay counted).
 *
 * @example
 * transferRootClaimedForNewKeys(state, 1, hotkey, hotkey, oldColdkey, newColdkey);
 */
export function transferRootClaimedForNewKeys(
  state: StateOverlay,
  netuid: number,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
): void {
  const moved = RootClaimed.get(state, netuid, oldHotkey, oldColdkey);
  RootClaimed.set(state, netuid, oldHotkey, oldColdkey, undefined);
  const sum = RootClaimed.get(state, netuid, newHotkey, newColdkey) + moved;
  RootClaimed.set(state, netuid, newHotkey, newColdkey, sum > U128_MAX ? U128_MAX : sum);
}

/**
 * `transfer_root_claimable_for_new_hotkey`: adds `oldHotkey`'s claimable rates to `newHotkey`'s, subnet by subnet,
 * and removes the old entry.
 *
 * @example
 * transferRootClaimableForNewHotkey(state, oldHotkey, newHotkey);
 */
export function transferRootClaimableForNewHotkey(
  state: StateOverlay,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
): void {
  const merged = claimableRates(state, newHotkey);
  for (const [netuid, bits] of claimableRates(state, oldHotkey)) {
    merged.set(netuid, i96f32Add(merged.get(netuid) ?? 0n, bits));
  }
  RootClaimable.set(state, oldHotkey, undefined);
  setClaimableRates(state, newHotkey, merged);
}

/**
 * `finalize_all_subnet_root_dividends`: drops `netuid` from every hotkey's claimable rates and clears its
 * `RootClaimed` entries (a dissolved subnet's unclaimed root dividends are forfeited).
 *
 * @example
 * finalizeAllSubnetRootDividends(state, 3);
 */
export function finalizeAllSubnetRootDividends(state: StateOverlay, netuid: number): void {
  for (const suffix of mapKeySuffixes(state, RootClaimable)) {
    const hotkey = accountAt(suffix, 16);
    const rates = claimableRates(state, hotkey);
    rates.delete(netuid);
    setClaimableRates(state, hotkey, rates);
  }
  for (const suffix of mapKeySuffixes(state, RootClaimed, netuid)) {
    RootClaimed.set(state, netuid, accountAt(suffix, 16), accountAt(suffix, 64), undefined);
  }
}
