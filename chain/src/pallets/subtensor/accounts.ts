/** Coldkey balances and hotkey ownership, as subtensor's `create_account_if_non_existent` and balance helpers. */

import type { DispatchContext } from '../../frame/define-pallet.js';
import { freeBalance, setFree } from '../balances/currency.js';
import { TotalIssuance as BalancesIssuance } from '../balances/storage.js';
import { ensure } from './errors.js';
import { noteStakingHotkey } from './pools.js';
import { Delegates, OwnedHotkeys, Owner } from './storage.js';
import { isSubnetAccountId } from './subnet-account.js';
import { sameAccount, ZERO_ACCOUNT } from './types.js';

/**
 * Takes `amount` rao from a coldkey's free balance and removes it from `Balances.TotalIssuance`
 * (the TAO now lives in a subnet pool or is burned). Returns false when the balance is too low.
 *
 * @example
 * if (!withdrawTao(ctx, coldkey, cost)) fail('NotEnoughBalanceToStake');
 */
export function withdrawTao(ctx: DispatchContext, who: Uint8Array, amount: bigint): boolean {
  const free = freeBalance(ctx, who);
  if (free < amount) return false;
  if (amount === 0n) return true;
  const dust = setFree(ctx, who, free - amount);
  BalancesIssuance.set(ctx.state, BalancesIssuance.get(ctx.state) - amount - dust);
  return true;
}

/** Credits `amount` rao to a coldkey, adding it to `Balances.TotalIssuance`. @example depositTao(ctx, coldkey, tao); */
export function depositTao(ctx: DispatchContext, who: Uint8Array, amount: bigint): void {
  if (amount <= 0n) return;
  const free = freeBalance(ctx, who);
  const dust = setFree(ctx, who, free + amount);
  BalancesIssuance.set(ctx.state, BalancesIssuance.get(ctx.state) + amount - dust);
}

/** Whether a hotkey has an owner. @example hotkeyExists(state, hotkey) */
export function hotkeyExists(ctx: Pick<DispatchContext, 'state'>, hotkey: Uint8Array): boolean {
  return !sameAccount(Owner.get(ctx.state, hotkey), ZERO_ACCOUNT);
}

/**
 * `create_account_if_non_existent`: the first coldkey to use a hotkey owns it (with the default take) and stakes
 * to it (`StakingHotkeys`); a subnet's system account can never be a hotkey (`CannotUseSystemAccount`).
 *
 * @example
 * createAccountIfNonExistent(ctx, coldkey, hotkey);
 */
export function createAccountIfNonExistent(
  ctx: DispatchContext,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
): void {
  ensure(!isSubnetAccountId(hotkey), 'CannotUseSystemAccount');
  if (hotkeyExists(ctx, hotkey)) return;
  Owner.set(ctx.state, hotkey, coldkey);
  OwnedHotkeys.set(ctx.state, coldkey, [...OwnedHotkeys.get(ctx.state, coldkey), hotkey]);
  noteStakingHotkey(ctx.state, coldkey, hotkey);
  Delegates.set(ctx.state, hotkey, Delegates.get(ctx.state, hotkey));
}

/** Whether `coldkey` owns `hotkey`. @example coldkeyOwnsHotkey(state, cold, hot) */
export function coldkeyOwnsHotkey(
  ctx: Pick<DispatchContext, 'state'>,
  coldkey: Uint8Array,
  hotkey: Uint8Array,
): boolean {
  return sameAccount(Owner.get(ctx.state, hotkey), coldkey);
}
