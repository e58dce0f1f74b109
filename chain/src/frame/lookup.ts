import { DispatchFailure } from './define-pallet.js';
import type { MultiAddressValue } from './scale-types.js';

/**
 * Resolves a `MultiAddress` to an account id (`Id` and `Address32`; the chain has no indices),
 * failing with `DispatchError::CannotLookup` otherwise.
 *
 * @example
 * balances.transfer_keep_alive: (ctx, origin, { dest, value }) => transfer(ctx, ensureSigned(origin), lookupAddress(dest), value, true)
 */
export function lookupAddress(address: MultiAddressValue): Uint8Array {
  if (address.type === 'Id' || address.type === 'Address32') {
    return address.value;
  }
  throw new DispatchFailure({ other: { type: 'CannotLookup' } });
}
