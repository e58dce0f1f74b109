import { Balance } from '../../frame/primitives.js';
import { storageItem } from '../../frame/storage-item.js';

export const TotalIssuance = storageItem<[], bigint>({
  pallet: 'Balances',
  name: 'TotalIssuance',
  value: Balance,
  default: 0n,
  docs: [' The total units issued in the system.'],
});

export const InactiveIssuance = storageItem<[], bigint>({
  pallet: 'Balances',
  name: 'InactiveIssuance',
  value: Balance,
  default: 0n,
  docs: [' The total units of outstanding deactivated balance in the system.'],
});
