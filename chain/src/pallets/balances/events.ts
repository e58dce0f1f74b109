import { defineEvents, event } from '../../frame/define-events.js';
import { AccountId, named, u64 } from '../../frame/scale-types.js';

const AccountIdOf = named('T::AccountId', AccountId);
const Balance = named('T::Balance', u64);

/** `pallet_balances::Event`, with the real names, fields and indices. */
export const balancesEvents = defineEvents('Balances', {
  Endowed: event(
    0,
    { account: AccountIdOf, free_balance: Balance },
    ' An account was created with some free balance.',
  ),
  DustLost: event(
    1,
    { account: AccountIdOf, amount: Balance },
    ' An account was removed whose balance was non-zero but below ExistentialDeposit.',
  ),
  Transfer: event(2, { from: AccountIdOf, to: AccountIdOf, amount: Balance }, ' Transfer succeeded.'),
  BalanceSet: event(3, { who: AccountIdOf, free: Balance }, ' A balance was set by root.'),
  Reserved: event(
    4,
    { who: AccountIdOf, amount: Balance },
    ' Some balance was reserved (moved from free to reserved).',
  ),
  Unreserved: event(
    5,
    { who: AccountIdOf, amount: Balance },
    ' Some balance was unreserved (moved from reserved to free).',
  ),
  Deposit: event(
    7,
    { who: AccountIdOf, amount: Balance },
    ' Some amount was deposited (e.g. for transaction fees).',
  ),
  Withdraw: event(
    8,
    { who: AccountIdOf, amount: Balance },
    ' Some amount was withdrawn from the account (e.g. for transaction fees).',
  ),
  Slashed: event(
    9,
    { who: AccountIdOf, amount: Balance },
    ' Some amount was removed from the account (e.g. for misbehavior).',
  ),
  Minted: event(10, { who: AccountIdOf, amount: Balance }, ' Some amount was minted into an account.'),
  Burned: event(11, { who: AccountIdOf, amount: Balance }, ' Some amount was burned from an account.'),
  Issued: event(15, { amount: Balance }, ' The `TotalIssuance` was forcefully changed.'),
  Rescinded: event(
    16,
    { amount: Balance },
    ' Total issuance was decreased by `amount`, creating a credit to be balanced.',
  ),
  TotalIssuanceForced: event(
    21,
    { old: Balance, new: Balance },
    ' The `TotalIssuance` was forcefully changed.',
  ),
});
