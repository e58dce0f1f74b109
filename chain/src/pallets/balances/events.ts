import type { EventDecl } from '../../frame/define-pallet.js';
import { AccountId32, Balance, field } from '../../frame/primitives.js';

const who = field('who', AccountId32, 'T::AccountId');
const account = field('account', AccountId32, 'T::AccountId');
const amount = field('amount', Balance, 'T::Balance');

/** `pallet_balances::Event`, with the real names, fields and indices. */
export const balancesEvents: EventDecl[] = [
  {
    name: 'Endowed',
    index: 0,
    fields: [account, field('free_balance', Balance, 'T::Balance')],
    docs: [' An account was created with some free balance.'],
  },
  {
    name: 'DustLost',
    index: 1,
    fields: [account, amount],
    docs: [' An account was removed whose balance was non-zero but below ExistentialDeposit.'],
  },
  {
    name: 'Transfer',
    index: 2,
    fields: [field('from', AccountId32, 'T::AccountId'), field('to', AccountId32, 'T::AccountId'), amount],
    docs: [' Transfer succeeded.'],
  },
  {
    name: 'BalanceSet',
    index: 3,
    fields: [who, field('free', Balance, 'T::Balance')],
    docs: [' A balance was set by root.'],
  },
  {
    name: 'Reserved',
    index: 4,
    fields: [who, amount],
    docs: [' Some balance was reserved (moved from free to reserved).'],
  },
  {
    name: 'Unreserved',
    index: 5,
    fields: [who, amount],
    docs: [' Some balance was unreserved (moved from reserved to free).'],
  },
  {
    name: 'Deposit',
    index: 7,
    fields: [who, amount],
    docs: [' Some amount was deposited (e.g. for transaction fees).'],
  },
  {
    name: 'Withdraw',
    index: 8,
    fields: [who, amount],
    docs: [' Some amount was withdrawn from the account (e.g. for transaction fees).'],
  },
  {
    name: 'Slashed',
    index: 9,
    fields: [who, amount],
    docs: [' Some amount was removed from the account (e.g. for misbehavior).'],
  },
  { name: 'Minted', index: 10, fields: [who, amount], docs: [' Some amount was minted into an account.'] },
  { name: 'Burned', index: 11, fields: [who, amount], docs: [' Some amount was burned from an account.'] },
  { name: 'Issued', index: 15, fields: [amount], docs: [' The `TotalIssuance` was forcefully changed.'] },
  {
    name: 'Rescinded',
    index: 16,
    fields: [amount],
    docs: [' Total issuance was decreased by `amount`, creating a credit to be balanced.'],
  },
  {
    name: 'TotalIssuanceForced',
    index: 21,
    fields: [field('old', Balance, 'T::Balance'), field('new', Balance, 'T::Balance')],
    docs: [' The `TotalIssuance` was forcefully changed.'],
  },
];
