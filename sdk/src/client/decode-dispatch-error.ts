import type { ApiPromise } from '@polkadot/api';
import type { DispatchError, EventRecord } from '@polkadot/types/interfaces';
import { ChainCallError } from '../errors/chain-call-error.js';

type Where = { blockHash: string; block: number };

/**
 * Turns a `DispatchError` into a {@link ChainCallError} named as the chain's metadata names it
 * (`SubtensorModule.SettingWeightsTooFast`); non-module errors keep their kind (`BadOrigin`, `Token`).
 *
 * @example
 * if (result.dispatchError) throw decodeDispatchError(client.api, result.dispatchError, { blockHash, block });
 */
export function decodeDispatchError(api: ApiPromise, error: DispatchError, where: Where): ChainCallError {
  if (error.isModule) {
    const meta = api.registry.findMetaError(error.asModule);
    return new ChainCallError({
      pallet: palletName(meta.section),
      error: meta.name,
      docs: meta.docs.join(' ').trim(),
      ...where,
    });
  }
  return new ChainCallError({ pallet: undefined, error: error.type, ...where });
}

/**
 * The dispatch error of an included extrinsic: its own (`ExtrinsicFailed`) or, for a sudo call, the inner call's
 * (`Sudo.Sudid` / `Sudo.SudoAsDone` with `Err`). `undefined` when it succeeded.
 *
 * @example
 * const error = dispatchErrorOf(client.api, result.dispatchError, result.events, { blockHash, block });
 */
export function dispatchErrorOf(
  api: ApiPromise,
  dispatchError: DispatchError | undefined,
  events: readonly EventRecord[],
  where: Where,
): ChainCallError | undefined {
  if (dispatchError !== undefined) return decodeDispatchError(api, dispatchError, where);
  for (const { event } of events) {
    if (event.section !== 'sudo' || (event.method !== 'Sudid' && event.method !== 'SudoAsDone')) continue;
    const outcome = event.data[0] as unknown as { isErr: boolean; asErr: DispatchError };
    if (outcome.isErr) return decodeDispatchError(api, outcome.asErr, where);
  }
  return undefined;
}

/**
 * A pallet's metadata name from `@polkadot/api`'s camel-cased section (`subtensorModule` → `SubtensorModule`).
 *
 * @example
 * palletName('adminUtils') // 'AdminUtils'
 */
export function palletName(section: string): string {
  return section.charAt(0).toUpperCase() + section.slice(1);
}
