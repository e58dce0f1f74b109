import { field, struct, u128 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';

/** `sp_arithmetic::fixed_point::FixedU128`. */
export const FixedU128 = struct(['sp_arithmetic', 'fixed_point', 'FixedU128'], [field(null, u128, 'u128')]);

/** `TransactionPayment.NextFeeMultiplier` (fixed at 1 on the devnet). */
export const NextFeeMultiplier = storageItem<[], bigint>({
  pallet: 'TransactionPayment',
  name: 'NextFeeMultiplier',
  value: FixedU128,
  default: 10n ** 18n,
  docs: [],
});
