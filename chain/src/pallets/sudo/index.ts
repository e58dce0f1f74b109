import { type DispatchErrorValue, definePallet, type PalletDecl } from '../../frame/define-pallet.js';
import type { TypeDef } from '../../frame/primitives.js';
import type { EnumValue } from '../../frame/scale/codec.js';
import { sudoCalls } from './calls.js';
import { sudoErrors } from './errors.js';
import { sudoEvents } from './events.js';
import { Key } from './storage.js';

/**
 * `pallet_sudo` (index 12). `runtimeCall` is the outer call enum (`Box<RuntimeCall>` arguments);
 * `toDispatchError` turns a failure into the SCALE `DispatchError` value for `Sudid`.
 *
 * @example
 * const sudo = createSudoPallet(lazy(() => runtimeCall), (e) => runtime.toDispatchError(e));
 */
export function createSudoPallet(
  runtimeCall: TypeDef,
  toDispatchError: (e: DispatchErrorValue) => EnumValue,
): PalletDecl {
  return definePallet({
    name: 'Sudo',
    index: 12,
    crate: 'pallet_sudo',
    calls: sudoCalls(runtimeCall, toDispatchError),
    storage: [Key],
    events: sudoEvents,
    errors: sudoErrors,
    genesis: (state, config) => {
      if (config.sudoKey !== undefined) Key.set(state, config.sudoKey);
    },
  });
}

export { Key } from './storage.js';
