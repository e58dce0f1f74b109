/** `Swap` (`pallet_subtensor_swap`) storage the devnet keeps. */
import { u16 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';
import { NetUid } from '../subtensor/types.js';

/** `DefaultFeeRate`: 33 / 65535 ≈ 0.05 %. */
export const DEFAULT_FEE_RATE = 33;
/** `SwapMaxFeeRate`: the most `set_fee_rate` accepts (≈ 15.26 %). */
export const MAX_FEE_RATE = 10_000;

/** `FeeRate[netuid]`: the swap fee as parts of u16::MAX. */
export const FeeRate = storageItem<[number], number>({
  pallet: 'Swap',
  name: 'FeeRate',
  value: u16,
  keys: [{ hasher: 'Twox64Concat', type: NetUid }],
  default: DEFAULT_FEE_RATE,
  docs: [' The fee rate applied to swaps per subnet, normalized value between 0 and u16::MAX'],
});
