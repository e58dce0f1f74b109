import type { EventDecl } from '../../frame/define-pallet.js';
import { AccountId32, DispatchError, DispatchInfo, field, H256 } from '../../frame/primitives.js';

/** `frame_system::Event`, same names, fields and indices as the real pallet. */
export const systemEvents: EventDecl[] = [
  {
    name: 'ExtrinsicSuccess',
    index: 0,
    fields: [field('dispatch_info', DispatchInfo, 'DispatchInfo')],
    docs: [' An extrinsic completed successfully.'],
  },
  {
    name: 'ExtrinsicFailed',
    index: 1,
    fields: [
      field('dispatch_error', DispatchError, 'DispatchError'),
      field('dispatch_info', DispatchInfo, 'DispatchInfo'),
    ],
    docs: [' An extrinsic failed.'],
  },
  { name: 'CodeUpdated', index: 2, fields: [], docs: [' `:code` was updated.'] },
  {
    name: 'NewAccount',
    index: 3,
    fields: [field('account', AccountId32, 'T::AccountId')],
    docs: [' A new account was created.'],
  },
  {
    name: 'KilledAccount',
    index: 4,
    fields: [field('account', AccountId32, 'T::AccountId')],
    docs: [' An account was reaped.'],
  },
  {
    name: 'Remarked',
    index: 5,
    fields: [field('sender', AccountId32, 'T::AccountId'), field('hash', H256, 'T::Hash')],
    docs: [' On on-chain remark happened.'],
  },
];
