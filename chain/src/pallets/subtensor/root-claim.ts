/**
 * Root claims, the coinbase's side only: `increase_root_claimable_for_hotkey_and_subnet`
 * (subtensor `staking/claim_root.rs`). Root alpha dividends a validator earns on a subnet become claimable
 * per unit of its root stake, `RootClaimable[hotkey][netuid] += amount / root stake` (I96F32); without
 * enough root stake the alpha is staked to the hotkey's owner instead.
 */

import { AccountId32, sequence, tuple } from '../../frame/primitives.js';
import type { StateOverlay } from '../../frame/state.js';
import { storageItem } from '../../frame/storage-item.js';
import { divFx, fromInt } from './fixed.js';
import { increaseStake } from './pools.js';
import { I96F32 } from './rpc-types.js';
import { Owner, TotalHotkeyAlpha } from './storage.js';
import { NetUid } from './types.js';

/** `RootClaimable`: hotkey → `BTreeMap<NetUid, I96F32>` of alpha claimable per unit of root stake. */
export const RootClaimable = storageItem<[Uint8Array], [number, { bits: bigint }][]>({
  pallet: 'SubtensorModule',
  name: 'RootClaimable',
  value: sequence(tuple(NetUid, I96F32)),
  keys: [{ hasher: 'Blake2_128Concat', type: AccountId32 }],
  default: [],
});

/**
 * The coinbase's entry point into root claims: makes `amount` root alpha dividends of `hotkey` on `netuid`
 * claimable by its root stakers.
 *
 * @example
 * increaseRootClaimable(state, hotkey, 1, 1_000n);
 */
export function increaseRootClaimable(
  state: StateOverlay,
  hotkey: Uint8Array,
  netuid: number,
  amount: bigint,
): void {
  const total = TotalHotkeyAlpha.get(state, hotkey, 0);
  if (amount > total) {
    increaseStake(state, hotkey, Owner.get(state, hotkey), netuid, amount);
    return;
  }
  const increment = divFx(fromInt(amount, 32n), fromInt(total, 32n), 32n);
  const claimable = new Map(RootClaimable.get(state, hotkey).map(([n, v]) => [n, v.bits]));
  claimable.set(netuid, (claimable.get(netuid) ?? 0n) + increment);
  RootClaimable.set(
    state,
    hotkey,
    [...claimable].sort(([a], [b]) => a - b).map(([n, bits]) => [n, { bits }]),
  );
}
