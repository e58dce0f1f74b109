import { AccountId32, Balance, field, struct, u8, u128 } from '../../runtime/primitives.js';
import { storageItem } from '../../runtime/storage-item.js';
import { definePallet } from '../define-pallet.js';

/** `sp_arithmetic::fixed_point::FixedU128`. */
export const FixedU128 = struct(['sp_arithmetic', 'fixed_point', 'FixedU128'], [field(null, u128, 'u128')]);

export const NextFeeMultiplier = storageItem<[], bigint>({
  pallet: 'TransactionPayment',
  name: 'NextFeeMultiplier',
  value: FixedU128,
  default: 10n ** 18n,
  docs: [],
});

/** Fee per byte of extrinsic, in rao. */
export const TRANSACTION_BYTE_FEE = 1n;
/** Reference-time weight of the extrinsic base (signature checks and extensions). */
export const EXTRINSIC_BASE_WEIGHT = 125_000_000n;
/** Proof-size weight reported for every extrinsic. */
export const EXTRINSIC_PROOF_SIZE = 4_000n;

/**
 * The fee of an extrinsic: `len × byteFee + weight / 1000` (linear weight-to-fee), in rao.
 *
 * @example
 * computeFee(150, 190_000_000n) // 190150n
 */
export function computeFee(length: number, refTime: bigint): bigint {
  return BigInt(length) * TRANSACTION_BYTE_FEE + refTime / 1000n;
}

/**
 * `pallet_transaction_payment` (index 6): fee events and the multiplier.
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
  events: [
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
  ],
  errors: [],
  constants: [{ name: 'OperationalFeeMultiplier', type: u8, value: 5, docs: [] }],
});
