/**
 * `RootClaimTypeEnum`: how a coldkey takes its root dividends (subtensor `lib.rs`). `Swap` (the default) sells the
 * alpha for TAO and restakes it on root; `Keep` keeps the alpha as stake on the subnet; `KeepSubnets { subnets }`
 * keeps it on the listed subnets and swaps the rest.
 */
import { enumType, field, sequence, variant } from '../../frame/primitives.js';
import { scaleType } from '../../frame/scale-types.js';
import { NetUid } from './types.js';

/**
 * A `RootClaimTypeEnum` value as the codec reads and writes it.
 *
 * @example
 * const keepOne: RootClaimTypeValue = { type: 'KeepSubnets', value: { subnets: [1] } };
 */
export type RootClaimTypeValue =
  | { readonly type: 'Swap' | 'Keep' }
  | { readonly type: 'KeepSubnets'; readonly value: { readonly subnets: readonly number[] } };

/**
 * The `RootClaimTypeEnum` type (its `BTreeSet<NetUid>` is a sorted sequence on the wire and in metadata).
 *
 * @example
 * encode(RootClaimTypeEnumDef, { type: 'Keep' }) // Uint8Array [1]
 */
export const RootClaimTypeEnumDef = enumType(
  ['pallet_subtensor', 'pallet', 'RootClaimTypeEnum'],
  [
    variant(0, 'Swap'),
    variant(1, 'Keep'),
    variant(2, 'KeepSubnets', [field('subnets', sequence(NetUid), 'BTreeSet<NetUid>')]),
  ],
);

/**
 * `RootClaimTypeEnum` under its metadata name, for the call argument and the event field.
 *
 * @example
 * set_root_claim_type: call(122, { new_root_claim_type: RootClaimTypeEnum }),
 */
export const RootClaimTypeEnum = scaleType<RootClaimTypeValue>(RootClaimTypeEnumDef, 'RootClaimTypeEnum');

/** `RootClaimTypeEnum::default()`. @example RootClaimType.get(state, coldkey) // DEFAULT_ROOT_CLAIM_TYPE until set */
export const DEFAULT_ROOT_CLAIM_TYPE: RootClaimTypeValue = { type: 'Swap' };

/**
 * Whether a claim on `netuid` swaps to TAO under `claimType` (`root_claim_on_subnet`'s `swap`).
 *
 * @example
 * claimSwaps({ type: 'KeepSubnets', value: { subnets: [1] } }, 2) // true
 */
export function claimSwaps(claimType: RootClaimTypeValue, netuid: number): boolean {
  if (claimType.type === 'KeepSubnets') return !claimType.value.subnets.includes(netuid);
  return claimType.type === 'Swap';
}

/**
 * A `BTreeSet<NetUid>` as the set it decodes to: sorted, duplicates dropped.
 *
 * @example
 * netuidSet([3, 1, 3]) // [1, 3]
 */
export function netuidSet(netuids: readonly number[]): number[] {
  return [...new Set(netuids)].sort((a, b) => a - b);
}
