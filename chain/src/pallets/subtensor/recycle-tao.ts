/** `recycle_tao` (subtensor `coinbase/tao.rs`): TAO taken from a coldkey and out of existence, issuance reduced. */
import type { DispatchContext } from '../../frame/define-pallet.js';
import { EXISTENTIAL_DEPOSIT, freeBalance, setFree } from '../balances/currency.js';
import { balancesEvents } from '../balances/events.js';
import { TotalIssuance as BalancesIssuance } from '../balances/storage.js';
import { ensure } from './errors.js';
import { TotalIssuance } from './storage.js';

/**
 * Recycles `amount` rao of `coldkey`'s free balance: at most what keeps the account alive (else
 * `InsufficientBalance`), taken from both `SubtensorModule.TotalIssuance` and `Balances.TotalIssuance`, with
 * `Balances.Withdraw` as `fungible::withdraw` emits it.
 *
 * @example
 * recycleTao(ctx, coldkey, 100_000_000n);
 */
export function recycleTao(ctx: DispatchContext, coldkey: Uint8Array, amount: bigint): void {
  const free = freeBalance(ctx, coldkey);
  const keepAlive = free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n;
  ensure(amount <= keepAlive, 'InsufficientBalance');
  const issuance = TotalIssuance.get(ctx.state);
  TotalIssuance.set(ctx.state, issuance > amount ? issuance - amount : 0n);
  if (amount === 0n) return;
  setFree(ctx, coldkey, free - amount);
  BalancesIssuance.set(ctx.state, BalancesIssuance.get(ctx.state) - amount);
  balancesEvents.deposit(ctx, 'Withdraw', { who: coldkey, amount });
}
