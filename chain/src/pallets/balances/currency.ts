import { DispatchFailure, type EventContext } from '../../frame/define-pallet.js';
import { type AccountInfoValue, readAccount, writeAccount } from '../system/index.js';
import { balancesEvents } from './events.js';
import { TotalIssuance } from './storage.js';
import { NEW_LOGIC_FLAG } from './types.js';

/** subtensor's existential deposit, in rao. */
export const EXISTENTIAL_DEPOSIT = 500n;
const U64_MAX = (1n << 64n) - 1n;

const token = (type: string) => new DispatchFailure({ other: { type: 'Token', value: { type } } });

function withFree(info: AccountInfoValue, free: bigint): AccountInfoValue {
  const alive =
    free + info.data.reserved >= EXISTENTIAL_DEPOSIT || info.sufficients > 0 || info.consumers > 0;
  return {
    ...info,
    providers: alive ? Math.max(info.providers, 1) : 0,
    data: { ...info.data, free, flags: info.data.flags === 0n ? NEW_LOGIC_FLAG : info.data.flags },
  };
}

/**
 * Sets an account's free balance, creating or reaping it as the real pallet does
 * (`Endowed` on creation, `DustLost` + `KilledAccount` below the existential deposit).
 * Returns the dust that was lost. Does not touch total issuance.
 *
 * @example
 * setFree(ctx, who, 1_000_000_000n);
 */
export function setFree(ctx: EventContext, who: Uint8Array, free: bigint): bigint {
  const before = readAccount(ctx.state, who);
  const wasAlive = before.providers > 0;
  if (free < EXISTENTIAL_DEPOSIT && before.data.reserved === 0n && before.consumers === 0) {
    if (wasAlive) {
      if (free > 0n) balancesEvents.deposit(ctx, 'DustLost', { account: who, amount: free });
      writeAccount(ctx, who, { ...before, providers: 0, data: { ...before.data, free: 0n } });
    }
    return free;
  }
  writeAccount(ctx, who, withFree(before, free));
  if (!wasAlive) balancesEvents.deposit(ctx, 'Endowed', { account: who, free_balance: free });
  return 0n;
}

/** Reads an account's free balance. @example freeBalance(ctx.state, alice) */
export function freeBalance(ctx: Pick<EventContext, 'state'>, who: Uint8Array): bigint {
  return readAccount(ctx.state, who).data.free;
}

/**
 * Moves `amount` from `from` to `to` with the real pallet's checks and events.
 * `keepAlive` refuses to take `from` below the existential deposit.
 *
 * @example
 * transfer(ctx, alice, bob, 10n ** 9n, false);
 */
export function transfer(
  ctx: EventContext,
  from: Uint8Array,
  to: Uint8Array,
  amount: bigint,
  keepAlive: boolean,
): void {
  if (amount === 0n || Buffer.from(from).equals(Buffer.from(to))) return;
  const src = readAccount(ctx.state, from).data.free;
  if (src < amount) throw token('FundsUnavailable');
  const remaining = src - amount;
  if (keepAlive && remaining < EXISTENTIAL_DEPOSIT) throw token('NotExpendable');
  const dest = readAccount(ctx.state, to).data.free;
  if (dest + amount > U64_MAX)
    throw new DispatchFailure({ other: { type: 'Arithmetic', value: { type: 'Overflow' } } });
  if (dest === 0n && amount < EXISTENTIAL_DEPOSIT) throw token('BelowMinimum');
  setFree(ctx, to, dest + amount);
  balancesEvents.deposit(ctx, 'Transfer', { from, to, amount });
  const dust = setFree(ctx, from, remaining);
  if (dust > 0n) TotalIssuance.set(ctx.state, TotalIssuance.get(ctx.state) - dust);
}

/**
 * Withdraws a fee, keeping the payer alive; emits `Balances.Withdraw` and burns the amount.
 * Returns false when the account cannot pay.
 *
 * @example
 * if (!withdrawFee(ctx, who, fee)) reject('Payment');
 */
export function withdrawFee(ctx: EventContext, who: Uint8Array, amount: bigint): boolean {
  const free = readAccount(ctx.state, who).data.free;
  if (free < amount + EXISTENTIAL_DEPOSIT) return false;
  if (amount === 0n) return true;
  setFree(ctx, who, free - amount);
  TotalIssuance.set(ctx.state, TotalIssuance.get(ctx.state) - amount);
  balancesEvents.deposit(ctx, 'Withdraw', { who, amount });
  return true;
}

/**
 * Sets a free balance by force (root), adjusting total issuance; emits `BalanceSet`.
 *
 * @example
 * forceSetBalance(ctx, bob, 5n * 10n ** 9n);
 */
export function forceSetBalance(ctx: EventContext, who: Uint8Array, newFree: bigint): void {
  const old = readAccount(ctx.state, who).data.free;
  const free = newFree < EXISTENTIAL_DEPOSIT ? 0n : newFree;
  setFree(ctx, who, free);
  TotalIssuance.set(ctx.state, TotalIssuance.get(ctx.state) - old + free);
  balancesEvents.deposit(ctx, 'BalanceSet', { who, free });
}
