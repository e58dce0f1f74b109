import { bool, u64 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';

/** `Timestamp.Now`: the current time in milliseconds. */
export const Now = storageItem<[], bigint>({
  pallet: 'Timestamp',
  name: 'Now',
  value: u64,
  default: 0n,
  docs: [' The current time for the current block.'],
});

/** `Timestamp.DidUpdate`: whether `set` ran in this block. */
export const DidUpdate = storageItem<[], boolean>({
  pallet: 'Timestamp',
  name: 'DidUpdate',
  value: bool,
  default: false,
  docs: [' Whether the timestamp has been updated in this block.'],
});
