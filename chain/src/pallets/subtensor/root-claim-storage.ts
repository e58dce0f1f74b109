/**
 * Storage of root dividend claims (subtensor `lib.rs`, `staking/claim_root.rs`), with subtensor's names, hashers,
 * value types and defaults. Re-exported by `storage.ts`, so the pallet declares them with its other items.
 * `I96F32` values are `{ bits }` (value × 2^32).
 */
import { AccountId32, field, sequence, struct, tuple, u64, u128 } from '../../frame/primitives.js';
import type { StateOverlay, StateReader } from '../../frame/state.js';
import { storageItem } from '../../frame/storage-item.js';
import { I96F32 } from './rpc-types.js';
import { NetUid, TaoBalance } from './types.js';

const P = 'SubtensorModule';

/** An `I96F32` as stored: `bits` = value × 2^32. @example const half: I96F32Value = { bits: 1n << 31n }; */
export type I96F32Value = { readonly bits: bigint };

/** `BTreeMap<NetUid, I96F32>` (a sorted sequence of pairs, path `BTreeMap` so clients decode a map). */
const ClaimableMap = struct(
  ['BTreeMap'],
  [field(null, sequence(tuple(NetUid, I96F32)))],
  [
    { name: 'K', type: NetUid },
    { name: 'V', type: I96F32 },
  ],
);

/** `DefaultMinRootClaimAmount`: 500_000 alpha rao. @example RootClaimableThreshold.get(state, 1).bits >> 32n // DEFAULT_MIN_ROOT_CLAIM_AMOUNT */
export const DEFAULT_MIN_ROOT_CLAIM_AMOUNT = 500_000n;
/** `DefaultNumRootClaim`: coldkeys auto-claimed per block. @example NumRootClaim.get(state) // DEFAULT_NUM_ROOT_CLAIM until set */
export const DEFAULT_NUM_ROOT_CLAIM = 5n;

/** `RootClaimableThreshold`: netuid → the smallest owed amount (`I96F32`) a claim pays out. */
export const RootClaimableThreshold = storageItem<[number], I96F32Value>({
  pallet: P,
  name: 'RootClaimableThreshold',
  value: I96F32,
  keys: [{ hasher: 'Blake2_128Concat', type: NetUid }],
  default: { bits: DEFAULT_MIN_ROOT_CLAIM_AMOUNT << 32n },
});

/** `RootClaimable`: hotkey → per subnet, the alpha claimable per unit of root stake, accumulated (`I96F32`). */
export const RootClaimable = storageItem<[Uint8Array], [number, I96F32Value][]>({
  pallet: P,
  name: 'RootClaimable',
  value: ClaimableMap,
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: [],
});

/** `RootClaimed`: (netuid, hotkey, coldkey) → alpha already claimed (or accounted as claimed), the watermark. */
export const RootClaimed = storageItem<[number, Uint8Array, Uint8Array], bigint>({
  pallet: P,
  name: 'RootClaimed',
  value: u128,
  keys: [
    { hasher: 'Identity', type: NetUid },
    { hasher: 'Blake2_128Concat', type: AccountId32 },
    { hasher: 'Blake2_128Concat', type: AccountId32 },
  ],
  default: 0n,
});

/** `StakingColdkeysByIndex`: index → coldkey, the dense auto-claim index of root stakers. */
export const StakingColdkeysByIndex = storageItem<[bigint], Uint8Array | undefined>({
  pallet: P,
  name: 'StakingColdkeysByIndex',
  value: AccountId32,
  keys: [{ hasher: 'Identity', type: u64 }],
});

/** `StakingColdkeys`: coldkey → its index in `StakingColdkeysByIndex`. */
export const StakingColdkeys = storageItem<[Uint8Array], bigint | undefined>({
  pallet: P,
  name: 'StakingColdkeys',
  value: u64,
  keys: [{ hasher: 'Identity', type: AccountId32 }],
});

/** `NumStakingColdkeys`: the size of the auto-claim index. */
export const NumStakingColdkeys = storageItem<[], bigint>({
  pallet: P,
  name: 'NumStakingColdkeys',
  value: u64,
  default: 0n,
});

/** `NumRootClaim`: how many index slots each block's automatic claim draws (0 disables it). */
export const NumRootClaim = storageItem<[], bigint>({
  pallet: P,
  name: 'NumRootClaim',
  value: u64,
  default: DEFAULT_NUM_ROOT_CLAIM,
});

/** `SubnetRootSellTao`: TAO the root claims of this block sold out of the subnet's pool (the coinbase clears it). */
export const SubnetRootSellTao = storageItem<[number], bigint>({
  pallet: P,
  name: 'SubnetRootSellTao',
  value: TaoBalance,
  keys: [{ hasher: 'Identity', type: NetUid }],
  default: 0n,
});

/**
 * A hotkey's `RootClaimable` as netuid → rate bits.
 *
 * @example
 * claimableRates(state, hotkey).get(1) // 1_760_936_591n (0.41 alpha per rao of root stake)
 */
export function claimableRates(state: StateReader, hotkey: Uint8Array): Map<number, bigint> {
  return new Map(RootClaimable.get(state, hotkey).map(([netuid, rate]) => [netuid, rate.bits]));
}

/**
 * Stores a hotkey's rates as the `BTreeMap` they are (sorted by netuid; an empty map is stored, as `mutate` does).
 *
 * @example
 * setClaimableRates(state, hotkey, new Map([[1, 1n << 32n]]));
 */
export function setClaimableRates(state: StateOverlay, hotkey: Uint8Array, rates: Map<number, bigint>): void {
  const sorted = [...rates].sort(([a], [b]) => a - b);
  RootClaimable.set(
    state,
    hotkey,
    sorted.map(([netuid, bits]): [number, I96F32Value] => [netuid, { bits }]),
  );
}
