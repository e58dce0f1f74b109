import { DispatchFailure } from './define-pallet.js';
import type { EnumValue } from './scale/codec.js';

/**
 * Resolves a `MultiAddress` to an account id (`Id` and `Address32`; the chain has no indices),
 * failing with `DispatchError::CannotLookup` otherwise.
 *
 * @example
 * const dest = lookupAddress(args.dest as EnumValue);
 */
export function lookupAddress(address: EnumValue): Uint8Array {
  if ((address.type === 'Id' || address.type === 'Address32') && address.value instanceof Uint8Array) {
    return address.value;
  }
  throw new DispatchFailure({ other: { type: 'CannotLookup' } });
}
