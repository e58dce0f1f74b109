/**
 * Where a key swap meets auto-stake destinations (`AutoStakeDestination` / `AutoStakeDestinationColdkeys`, subtensor
 * `swap_coldkey.rs` `transfer_auto_stake_destination` and `swap_hotkey.rs` step 6.4).
 */
import type { StateOverlay } from '../../frame/state.js';
import { AutoStakeDestination, AutoStakeDestinationColdkeys } from './storage.js';
import { sameAccount } from './types.js';

/**
 * A coldkey swap, per subnet: the old coldkey's destination becomes the new coldkey's, and the destination hotkey's
 * list of coldkeys names the new coldkey once instead of the old one.
 *
 * @example
 * moveAutoStakeToColdkey(state, 1, oldColdkey, newColdkey);
 */
export function moveAutoStakeToColdkey(
  state: StateOverlay,
  netuid: number,
  oldColdkey: Uint8Array,
  newColdkey: Uint8Array,
): void {
  const destination = AutoStakeDestination.get(state, oldColdkey, netuid);
  if (destination === undefined) return;
  AutoStakeDestination.set(state, oldColdkey, netuid, undefined);
  AutoStakeDestination.set(state, newColdkey, netuid, destination);
  const others = AutoStakeDestinationColdkeys.get(state, destination, netuid).filter(
    (coldkey) => !sameAccount(coldkey, oldColdkey) && !sameAccount(coldkey, newColdkey),
  );
  AutoStakeDestinationColdkeys.set(state, destination, netuid, [...others, newColdkey]);
}

/**
 * A hotkey swap on a subnet (with or without `keep_stake`): every coldkey auto-staking to the old hotkey now stakes to
 * the new one, and the list moves with it.
 *
 * @example
 * moveAutoStakeToHotkey(state, 1, oldHotkey, newHotkey);
 */
export function moveAutoStakeToHotkey(
  state: StateOverlay,
  netuid: number,
  oldHotkey: Uint8Array,
  newHotkey: Uint8Array,
): void {
  if (state.get(AutoStakeDestinationColdkeys.key(oldHotkey, netuid)) === null) return;
  const coldkeys = AutoStakeDestinationColdkeys.get(state, oldHotkey, netuid);
  for (const coldkey of coldkeys) AutoStakeDestination.set(state, coldkey, netuid, newHotkey);
  AutoStakeDestinationColdkeys.set(state, oldHotkey, netuid, undefined);
  AutoStakeDestinationColdkeys.set(state, newHotkey, netuid, coldkeys);
}
