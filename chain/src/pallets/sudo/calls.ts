import {
  type CallDecl,
  type DispatchErrorValue,
  DispatchFailure,
  ensureSigned,
  type Origin,
} from '../../frame/define-pallet.js';
import { lookupAddress } from '../../frame/lookup.js';
import { field, MultiAddress, type TypeDef, Weight } from '../../frame/primitives.js';
import type { EnumValue } from '../../frame/scale/codec.js';
import { Key } from './storage.js';

function ensureSudo(ctx: { state: Parameters<typeof Key.get>[0] }, origin: Origin): Uint8Array {
  const who = ensureSigned(origin);
  const key = Key.get(ctx.state);
  if (key === undefined || !Buffer.from(key).equals(Buffer.from(who))) {
    throw new DispatchFailure({ module: 'Sudo', error: 'RequireSudo' });
  }
  return who;
}

/** The event payload of a dispatch result. */
function resultValue(
  error: DispatchErrorValue | undefined,
  toError: (e: DispatchErrorValue) => EnumValue,
): EnumValue {
  return error === undefined ? { type: 'Ok', value: [] } : { type: 'Err', value: toError(error) };
}

/**
 * `pallet_sudo::Call` with the real indices. `runtimeCall` is the outer call enum (`Box<RuntimeCall>`
 * arguments); `toDispatchError` turns a failure into the `DispatchError` value of `Sudid`.
 *
 * @example
 * const calls = sudoCalls(lazy(() => runtimeCall), (e) => runtime.toDispatchError(e));
 */
export function sudoCalls(
  runtimeCall: TypeDef,
  toDispatchError: (e: DispatchErrorValue) => EnumValue,
): CallDecl[] {
  const call = field('call', runtimeCall, 'Box<<T as Config>::RuntimeCall>');
  return [
    {
      name: 'sudo',
      index: 0,
      args: [call],
      weight: () => 10_000_000n,
      docs: [' Authenticates the sudo key and dispatches a function call with `Root` origin.'],
      dispatch: (ctx, origin, args) => {
        ensureSudo(ctx, origin);
        const error = ctx.dispatch(args.call as EnumValue, { type: 'Root' });
        ctx.deposit('Sudo', 'Sudid', { sudo_result: resultValue(error, toDispatchError) });
      },
    },
    {
      name: 'sudo_unchecked_weight',
      index: 1,
      args: [call, field('weight', Weight, 'Weight')],
      weight: () => 10_000_000n,
      docs: [
        ' Authenticates the sudo key and dispatches a function call with `Root` origin, without weight checks.',
      ],
      dispatch: (ctx, origin, args) => {
        ensureSudo(ctx, origin);
        const error = ctx.dispatch(args.call as EnumValue, { type: 'Root' });
        ctx.deposit('Sudo', 'Sudid', { sudo_result: resultValue(error, toDispatchError) });
      },
    },
    {
      name: 'set_key',
      index: 2,
      args: [field('new', MultiAddress, 'AccountIdLookupOf<T>')],
      weight: () => 10_000_000n,
      docs: [' Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo key.'],
      dispatch: (ctx, origin, args) => {
        const old = ensureSudo(ctx, origin);
        const next = lookupAddress(args.new as EnumValue);
        Key.set(ctx.state, next);
        ctx.deposit('Sudo', 'KeyChanged', { old: { type: 'Some', value: old }, new: next });
      },
    },
    {
      name: 'sudo_as',
      index: 3,
      args: [field('who', MultiAddress, 'AccountIdLookupOf<T>'), call],
      weight: () => 10_000_000n,
      docs: [
        ' Authenticates the sudo key and dispatches a function call with `Signed` origin from a given account.',
      ],
      dispatch: (ctx, origin, args) => {
        ensureSudo(ctx, origin);
        const who = lookupAddress(args.who as EnumValue);
        const error = ctx.dispatch(args.call as EnumValue, { type: 'Signed', who });
        ctx.deposit('Sudo', 'SudoAsDone', { sudo_result: resultValue(error, toDispatchError) });
      },
    },
    {
      name: 'remove_key',
      index: 4,
      args: [],
      weight: () => 10_000_000n,
      docs: [' Permanently removes the sudo key.'],
      dispatch: (ctx, origin) => {
        ensureSudo(ctx, origin);
        Key.set(ctx.state, undefined);
        ctx.deposit('Sudo', 'KeyRemoved');
      },
    },
  ];
}
