/**
 * `set_coldkey_auto_stake_hotkey` (subtensor `macros/dispatches.rs`, call 114): a coldkey names, per subnet, the
 * hotkey its miners' incentive is staked to (`AutoStakeDestination`), and the hotkey keeps the list of coldkeys
 * pointing at it (`AutoStakeDestinationColdkeys`, which hotkey swaps move).
 */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { AutoStakeDestination, AutoStakeDestinationColdkeys, Uids } from './storage.js';
import { subnetExists } from './subnets.js';
import { sameAccount } from './types.js';

/**
 * Sets `coldkey`'s auto-stake destination on `netuid` to `hotkey`, which must be registered there; moves the
 * coldkey from the previous destination's list to the new one's and emits `AutoStakeDestinationSet`.
 *
 * @example
 * setColdkeyAutoStakeHotkey(ctx, coldkey, 1, validatorHotkey);
 */
export function setColdkeyAutoStakeHotkey(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  netuid: number,
  hotkey: Uint8Array,
): void {
  const { state } = ctx;
  ensure(subnetExists(state, netuid), 'SubnetNotExists');
  ensure(Uids.get(state, netuid, hotkey) !== undefined, 'HotKeyNotRegisteredInSubNet');
  const current = AutoStakeDestination.get(state, coldkey, netuid);
  if (current !== undefined) {
    ensure(!sameAccount(current, hotkey), 'SameAutoStakeHotkeyAlreadySet');
    const rest = AutoStakeDestinationColdkeys.get(state, current, netuid).filter(
      (c) => !sameAccount(c, coldkey),
    );
    AutoStakeDestinationColdkeys.set(state, current, netuid, rest);
  }
  AutoStakeDestination.set(state, coldkey, netuid, hotkey);
  const coldkeys = AutoStakeDestinationColdkeys.get(state, hotkey, netuid);
  if (!coldkeys.some((c) => sameAccount(c, coldkey)))
    AutoStakeDestinationColdkeys.set(state, hotkey, netuid, [...coldkeys, coldkey]);
  deposit(ctx, 'AutoStakeDestinationSet', { coldkey, netuid, hotkey });
}
