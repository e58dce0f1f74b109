import { defineEvents, event } from '../../frame/define-events.js';
import { AccountId, DispatchError, DispatchInfo, H256, named } from '../../frame/scale-types.js';

const AccountIdOf = named('T::AccountId', AccountId);

/** `frame_system::Event`, same names, fields and indices as the real pallet. */
export const systemEvents = defineEvents('System', {
  ExtrinsicSuccess: event(0, { dispatch_info: DispatchInfo }, ' An extrinsic completed successfully.'),
  ExtrinsicFailed: event(
    1,
    { dispatch_error: DispatchError, dispatch_info: DispatchInfo },
    ' An extrinsic failed.',
  ),
  CodeUpdated: event(2, [], ' `:code` was updated.'),
  NewAccount: event(3, { account: AccountIdOf }, ' A new account was created.'),
  KilledAccount: event(4, { account: AccountIdOf }, ' An account was reaped.'),
  Remarked: event(5, { sender: AccountIdOf, hash: named('T::Hash', H256) }, ' On on-chain remark happened.'),
});
