import { AccountId32 } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';

/** `Sudo.Key`: the sudo account. */
export const Key = storageItem<[], Uint8Array | undefined>({
  pallet: 'Sudo',
  name: 'Key',
  value: AccountId32,
  docs: [' The `AccountId` of the sudo key.'],
});
