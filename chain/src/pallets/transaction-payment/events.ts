import { defineEvents, event } from '../../frame/define-events.js';
import { AccountId, named, u64 } from '../../frame/scale-types.js';

const BalanceOf = named('BalanceOf<T>', u64);

/** `pallet_transaction_payment::Event`. */
export const transactionPaymentEvents = defineEvents('TransactionPayment', {
  TransactionFeePaid: event(
    0,
    { who: named('T::AccountId', AccountId), actual_fee: BalanceOf, tip: BalanceOf },
    ' A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee, has been paid by `who`.',
  ),
});
