/** `root_register(hotkey)`: joins netuid 0 (root) while it has room; root has no epoch on the devnet. */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { coldkeyOwnsHotkey, createAccountIfNonExistent } from './accounts.js';
import { ensure } from './errors.js';
import { deposit } from './events.js';
import { appendNeuron } from './neurons.js';
import { MaxAllowedUids, SubnetworkN, Uids } from './storage.js';

/**
 * Registers a hotkey on the root subnet (no stake requirement and no replacement when full: simplified).
 *
 * @example
 * registerRoot(ctx, coldkey, hotkey);
 */
export function registerRoot(ctx: DispatchContext, coldkey: Uint8Array, hotkey: Uint8Array): void {
  const { state } = ctx;
  ensure(Uids.get(state, 0, hotkey) === undefined, 'HotKeyAlreadyRegisteredInSubNet');
  createAccountIfNonExistent(ctx, coldkey, hotkey);
  ensure(coldkeyOwnsHotkey(ctx, coldkey, hotkey), 'NonAssociatedColdKey');
  ensure(SubnetworkN.get(state, 0) < MaxAllowedUids.get(state, 0), 'StakeTooLowForRoot');
  const uid = appendNeuron(state, 0, hotkey, BigInt(ctx.blockNumber));
  deposit(ctx, 'NeuronRegistered', [0, uid, hotkey]);
}
