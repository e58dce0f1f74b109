import { type CallDecl, ensureRoot, ensureSigned } from '../../frame/define-pallet.js';
import { lookupAddress } from '../../frame/lookup.js';
import { Balance, bool, compact, field, MultiAddress } from '../../frame/primitives.js';
import type { EnumValue } from '../../frame/scale/codec.js';
import { EXISTENTIAL_DEPOSIT, forceSetBalance, freeBalance, transfer } from './currency.js';

const dest = field('dest', MultiAddress, 'AccountIdLookupOf<T>');
const value = field('value', compact(Balance), 'T::Balance');

/** The subset of `pallet_balances::Call` the devnet implements, with the real indices and arguments. */
export const balancesCalls: CallDecl[] = [
  {
    name: 'transfer_allow_death',
    index: 0,
    args: [dest, value],
    weight: () => 65_000_000n,
    docs: [' Transfer some liquid free balance to another account.'],
    dispatch: (ctx, origin, args) => {
      const from = ensureSigned(origin);
      transfer(ctx, from, lookupAddress(args.dest as EnumValue), args.value as bigint, false);
    },
  },
  {
    name: 'force_transfer',
    index: 2,
    args: [field('source', MultiAddress, 'AccountIdLookupOf<T>'), dest, value],
    weight: () => 66_000_000n,
    docs: [
      ' Exactly as `transfer_allow_death`, except the origin must be root and the source account may be specified.',
    ],
    dispatch: (ctx, origin, args) => {
      ensureRoot(origin);
      const source = lookupAddress(args.source as EnumValue);
      transfer(ctx, source, lookupAddress(args.dest as EnumValue), args.value as bigint, false);
    },
  },
  {
    name: 'transfer_keep_alive',
    index: 3,
    args: [dest, value],
    weight: () => 50_000_000n,
    docs: [
      ' Same as the `transfer_allow_death` call, but with a check that the transfer will not kill the origin account.',
    ],
    dispatch: (ctx, origin, args) => {
      const from = ensureSigned(origin);
      transfer(ctx, from, lookupAddress(args.dest as EnumValue), args.value as bigint, true);
    },
  },
  {
    name: 'transfer_all',
    index: 4,
    args: [dest, field('keep_alive', bool, 'bool')],
    weight: () => 60_000_000n,
    docs: [' Transfer the entire transferable balance from the caller account.'],
    dispatch: (ctx, origin, args) => {
      const from = ensureSigned(origin);
      const free = freeBalance(ctx, from);
      const keepAlive = args.keep_alive as boolean;
      const amount = keepAlive ? (free > EXISTENTIAL_DEPOSIT ? free - EXISTENTIAL_DEPOSIT : 0n) : free;
      transfer(ctx, from, lookupAddress(args.dest as EnumValue), amount, keepAlive);
    },
  },
  {
    name: 'force_set_balance',
    index: 8,
    args: [
      field('who', MultiAddress, 'AccountIdLookupOf<T>'),
      field('new_free', compact(Balance), 'T::Balance'),
    ],
    weight: () => 20_000_000n,
    docs: [' Set the regular balance of a given account.'],
    dispatch: (ctx, origin, args) => {
      ensureRoot(origin);
      forceSetBalance(ctx, lookupAddress(args.who as EnumValue), args.new_free as bigint);
    },
  },
];
