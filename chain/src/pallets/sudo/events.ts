import type { EventDecl } from '../../frame/define-pallet.js';
import { AccountId32, DispatchResult, field, option } from '../../frame/primitives.js';

/** `pallet_sudo::Event`, with the real names, fields and indices. */
export const sudoEvents: EventDecl[] = [
  {
    name: 'Sudid',
    index: 0,
    fields: [field('sudo_result', DispatchResult, 'DispatchResult')],
    docs: [' A sudo call just took place.'],
  },
  {
    name: 'KeyChanged',
    index: 1,
    fields: [
      field('old', option(AccountId32), 'Option<T::AccountId>'),
      field('new', AccountId32, 'T::AccountId'),
    ],
    docs: [' The sudo key has been updated.'],
  },
  { name: 'KeyRemoved', index: 2, fields: [], docs: [' The key was permanently removed.'] },
  {
    name: 'SudoAsDone',
    index: 3,
    fields: [field('sudo_result', DispatchResult, 'DispatchResult')],
    docs: [' A sudo call just took place.'],
  },
];
