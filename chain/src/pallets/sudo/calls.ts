import { call, defineCalls } from '../../frame/define-calls.js';
import { type DispatchErrorValue, ensureSigned, type Origin } from '../../frame/define-pallet.js';
import { lookupAddress } from '../../frame/lookup.js';
import type { EnumValue } from '../../frame/scale/codec.js';
import type { TypeDef } from '../../frame/scale/type-def.js';
import { AccountIdLookupOf, type DispatchResultValue, scaleType, Weight } from '../../frame/scale-types.js';
import type { StateReader } from '../../frame/state.js';
import { sudoErrors } from './errors.js';
import { sudoEvents } from './events.js';
import { Key } from './storage.js';

function ensureSudo(state: StateReader, origin: Origin): Uint8Array {
  const who = ensureSigned(origin);
  const key = Key.get(state);
  if (key === undefined || !Buffer.from(key).equals(Buffer.from(who))) sudoErrors.fail('RequireSudo');
  return who;
}

/** The event payload of a dispatch result. */
function resultValue(
  error: DispatchErrorValue | undefined,
  toError: (e: DispatchErrorValue) => EnumValue,
): DispatchResultValue {
  return error === undefined ? { type: 'Ok', value: [] } : { type: 'Err', value: toError(error) };
}

/**
 * `pallet_sudo::Call` with the real indices. `runtimeCall` is the outer call enum (`Box<RuntimeCall>`
 * arguments); `toDispatchError` turns a failure into the `DispatchError` value of `Sudid`.
 *
 * @example
 * const calls = sudoCalls(lazy(() => runtimeCall), (e) => runtime.toDispatchError(e));
 */
export function sudoCalls(runtimeCall: TypeDef, toDispatchError: (e: DispatchErrorValue) => EnumValue) {
  const RuntimeCall = scaleType<EnumValue>(runtimeCall, 'Box<<T as Config>::RuntimeCall>');
  return defineCalls(
    {
      sudo: call(
        0,
        { call: RuntimeCall },
        { docs: [' Authenticates the sudo key and dispatches a function call with `Root` origin.'] },
      ),
      sudo_unchecked_weight: call(
        1,
        { call: RuntimeCall, weight: Weight },
        {
          docs: [
            ' Authenticates the sudo key and dispatches a function call with `Root` origin, without weight checks.',
          ],
        },
      ),
      set_key: call(
        2,
        { new: AccountIdLookupOf },
        {
          docs: [
            ' Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo key.',
          ],
        },
      ),
      sudo_as: call(
        3,
        { who: AccountIdLookupOf, call: RuntimeCall },
        {
          docs: [
            ' Authenticates the sudo key and dispatches a function call with `Signed` origin from a given account.',
          ],
        },
      ),
      remove_key: call(4, {}, { docs: [' Permanently removes the sudo key.'] }),
    },
    {
      sudo: (ctx, origin, { call }) => {
        ensureSudo(ctx.state, origin);
        const error = ctx.dispatch(call, { type: 'Root' });
        sudoEvents.deposit(ctx, 'Sudid', { sudo_result: resultValue(error, toDispatchError) });
      },
      sudo_unchecked_weight: (ctx, origin, { call }) => {
        ensureSudo(ctx.state, origin);
        const error = ctx.dispatch(call, { type: 'Root' });
        sudoEvents.deposit(ctx, 'Sudid', { sudo_result: resultValue(error, toDispatchError) });
      },
      set_key: (ctx, origin, args) => {
        const old = ensureSudo(ctx.state, origin);
        const next = lookupAddress(args.new);
        Key.set(ctx.state, next);
        sudoEvents.deposit(ctx, 'KeyChanged', { old: { type: 'Some', value: old }, new: next });
      },
      sudo_as: (ctx, origin, { who, call }) => {
        ensureSudo(ctx.state, origin);
        const error = ctx.dispatch(call, { type: 'Signed', who: lookupAddress(who) });
        sudoEvents.deposit(ctx, 'SudoAsDone', { sudo_result: resultValue(error, toDispatchError) });
      },
      remove_key: (ctx, origin) => {
        ensureSudo(ctx.state, origin);
        Key.set(ctx.state, undefined);
        sudoEvents.deposit(ctx, 'KeyRemoved');
      },
    },
    { weight: 10_000_000n },
  );
}
