import { definePallet } from '../../frame/define-pallet.js';
import { u8 } from '../../frame/primitives.js';
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
  calls: [],
  storage: [NextFeeMultiplier],
  events: transactionPaymentEvents,
  errors: [],
  constants: [{ name: 'OperationalFeeMultiplier', type: u8, value: 5, docs: [] }],
});

export * from './fees.js';
export { FixedU128, NextFeeMultiplier } from './storage.js';
