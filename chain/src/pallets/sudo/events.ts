import { defineEvents, event } from '../../frame/define-events.js';
import { AccountId, DispatchResult, named, Option } from '../../frame/scale-types.js';

const AccountIdOf = named('T::AccountId', AccountId);

/** `pallet_sudo::Event`, with the real names, fields and indices. */
export const sudoEvents = defineEvents('Sudo', {
  Sudid: event(0, { sudo_result: DispatchResult }, ' A sudo call just took place.'),
  KeyChanged: event(1, { old: Option(AccountIdOf), new: AccountIdOf }, ' The sudo key has been updated.'),
  KeyRemoved: event(2, [], ' The key was permanently removed.'),
  SudoAsDone: event(3, { sudo_result: DispatchResult }, ' A sudo call just took place.'),
});
