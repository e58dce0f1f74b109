import type { EventContext } from '../../frame/define-pallet.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { systemEvents } from './events.js';
import { Account, type AccountInfoValue } from './storage.js';

/**
 * Account lifecycle helpers shared by pallets (`frame_system`'s provider reference counting,
 * reduced to what a devnet needs: an account exists while it has a provider).
 */

/** Reads an account (the empty default when absent). @example readAccount(state, alice).nonce */
export function readAccount(state: StateReader, who: Uint8Array): AccountInfoValue {
  return Account.get(state, who);
}

/**
 * Writes an account, emitting `System.NewAccount` when it comes into existence and
 * `System.KilledAccount` (and removing it) when its last provider goes.
 *
 * @example
 * writeAccount(ctx, who, { ...info, nonce: info.nonce + 1 });
 */
export function writeAccount(ctx: EventContext, who: Uint8Array, info: AccountInfoValue): void {
  const before = Account.get(ctx.state, who);
  const existed = before.providers > 0 || before.sufficients > 0;
  const exists = info.providers > 0 || info.sufficients > 0;
  if (!existed && exists) systemEvents.deposit(ctx, 'NewAccount', { account: who });
  if (existed && !exists) {
    Account.set(ctx.state, who, undefined);
    systemEvents.deposit(ctx, 'KilledAccount', { account: who });
    return;
  }
  Account.set(ctx.state, who, info);
}

/** Increments an account's nonce (used by CheckNonce). @example incrementNonce(state, who) */
export function incrementNonce(state: StateOverlay, who: Uint8Array): void {
  const info = Account.get(state, who);
  Account.set(state, who, { ...info, nonce: info.nonce + 1 });
}
