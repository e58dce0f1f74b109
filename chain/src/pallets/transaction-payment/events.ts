import type { EventDecl } from '../../frame/define-pallet.js';
import { AccountId32, Balance, field } from '../../frame/primitives.js';

/** `pallet_transaction_payment::Event`. */
export const transactionPaymentEvents: EventDecl[] = [
  {
    name: 'TransactionFeePaid',
    index: 0,
    fields: [
      field('who', AccountId32, 'T::AccountId'),
      field('actual_fee', Balance, 'BalanceOf<T>'),
      field('tip', Balance, 'BalanceOf<T>'),
    ],
    docs: [
      ' A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee, has been paid by `who`.',
    ],
  },
];
