import { call, defineCalls } from '../../frame/define-calls.js';
import { ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { lookupAddress } from '../../frame/lookup.js';
import { AccountIdLookupOf, bool, Compact, named, u64 } from '../../frame/scale-types.js';
import { EXISTENTIAL_DEPOSIT, forceSetBalance, freeBalance, transfer } from './currency.js';

const Balance = named('T::Balance', Compact(u64));

/** The subset of `pallet_balances::Call` the devnet implements, with the real indices and arguments. */
export const balancesCalls = defineCalls(
  {
    transfer_allow_death: call(
      0,
      { dest: AccountIdLookupOf, value: Balance },
      { weight: 65_000_000n, docs: [' Transfer some liquid free balance to another account.'] },
    ),
    force_transfer: call(
      2,
      { source: AccountIdLookupOf, dest: AccountIdLookupOf, value: Balance },
      {
        weight: 66_000_000n,
        docs: [
          ' Exactly as `transfer_allow_death`, except the origin must be root and the source account may be specified.',
        ],
      },
    ),
    transfer_keep_alive: call(
      3,
      { dest: AccountIdLookupOf, value: Balance },
      {
        weight: 50_000_000n,
        docs: [
          ' Same as the `transfer_allow_death` call, but with a check that the transfer will not kill the origin account.',
        ],
      },
    ),
    transfer_all: call(
      4,
      { dest: AccountIdLookupOf, keep_alive: bool },
      { weight: 60_000_000n, docs: [' Transfer the entire transferable balance from the caller account.'] },
    ),
    force_set_balance: call(
      8,
      { who: AccountIdLookupOf, new_free: Balance },
      { weight: 20_000_000n, docs: [' Set the regular balance of a given account.'] },
    ),
  },
  {
    transfer_allow_death: (ctx, origin, { dest, value }) => {
      transfer(ctx, ensureSigned(origin), lookupAddress(dest), value, false);
    },
    force_transfer: (ctx, origin, { source, dest, value }) => {
      ensureRoot(origin);
      transfer(ctx, lookupAddress(source), lookupAddress(dest), value, false);
    },
    transfer_keep_alive: (ctx, origin, { dest, value }) => {
      transfer(ctx, ensureSigned(origin), lookupAddress(dest), value, true);
    },
    transfer_all: (ctx, origin, { dest, keep_alive }) => {
      const from = ensureSigned(origin);
      const free = freeBalance(ctx, from);
      const amount = keep_alive ? (free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n) : free;
      transfer(ctx, from, lookupAddress(dest), amount, keep_alive);
    },
    force_set_balance: (ctx, origin, { who, new_free }) => {
      ensureRoot(origin);
      forceSetBalance(ctx, lookupAddress(who), new_free);
    },
  },
);
