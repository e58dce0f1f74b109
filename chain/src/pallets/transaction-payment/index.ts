import { constant, definePallet } from '../../frame/define-pallet.js';
import { u8 } from '../../frame/scale-types.js';
import { transactionPaymentEvents } from './events.js';
import { NextFeeMultiplier } from './storage.js';

/**
 * `pallet_transaction_payment` (index 6): fee events and the multiplier. Fees are charged by the
 * runtime's `ChargeTransactionPayment` extension (`runtime/block-execution.ts`) with `computeFee`.
 *
 * @example
 * const fee = computeFee(len, weight);
 */
export const transactionPaymentPallet = definePallet({
  name: 'TransactionPayment',
  index: 6,
  crate: 'pallet_transaction_payment',
  storage: [NextFeeMultiplier],
  events: transactionPaymentEvents,
  constants: [constant('OperationalFeeMultiplier', u8, 5)],
});

export { transactionPaymentEvents } from './events.js';
export * from './fees.js';
export { FixedU128, NextFeeMultiplier } from './storage.js';
